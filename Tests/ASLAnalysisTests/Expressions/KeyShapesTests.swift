@testable import ASLAnalysis
import Testing

/// `KeyShapes` may only skip keys that equal none of its keys.
@Suite struct KeyShapesTests {
    @Test func everyKeyIsAdmittedAndOtherShapesAreNot() {
        let keys = ["InputPath", "Catch", "Choices", "ToleratedFailurePercentagePath", "Assign"]
        let shapes = KeyShapes(keys)
        for key in keys { #expect(shapes.admits(key), "\(key)") }
        for key in ["Type", "Resource", "Retry", "Next", "TimeoutSeconds", "", "catch", "Catchers"] {
            #expect(!shapes.admits(key), "\(key)")
        }
        // Same shape as a key: left to the caller's comparison.
        #expect(shapes.admits("Cache"))
        // A non-ASCII first byte is always left to the caller.
        #expect(shapes.admits("Éxtra"))
    }

    @Test func theJSONPathScanAdmitsEveryFieldItHandles() {
        for key in ["InputPath", "OutputPath", "ResultPath", "ErrorPath", "CausePath", "Parameters", "ItemSelector", "ResultSelector",
                    "Credentials", "Assign", "ItemReader", "ItemBatcher", "ResultWriter", "Choices", "Catch"] + ExpressionScan.referencePathFields {
            #expect(ExpressionScan.handledKeys.admits(key), "\(key)")
        }
    }
}
