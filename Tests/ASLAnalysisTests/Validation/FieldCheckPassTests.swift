@testable import ASLAnalysis
import ASLLoad
import ASLSource
import Testing

/// `checkMembers` finds a state's roles, exclusive-group counts and `X`/`XPath` pairs in its one
/// look-up per member, and lets a value through on a test of its kind alone; these machines put
/// each shortcut where it could go wrong and pin the findings the full checks make.
@Suite struct FieldCheckPassTests {
    static func fieldFindings(_ text: String) throws -> [String] {
        let root = try #require(JSONReader.parse(text, file: "f.asl.json").root)
        return Validator.validate(definition: root, file: "f.asl.json")
            .filter { $0.ruleID.hasPrefix("field-") || $0.ruleID == "next-end-invalid" }
            .map { "\($0.ruleID) \($0.position.map { "\($0.line):\($0.column)" } ?? "-") \($0.pointer ?? "") \($0.message)" }
    }

    /// `Retry` and `Catch` where the type has no such fields are unknown, and their entries are
    /// still checked; `End` and `Next` on a Pass state both count.
    @Test func rolesOfUnknownKeysAreStillFound() throws {
        let found = try Self.fieldFindings("""
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Retry": [{"MaxAttempts": -1}], "Next": "S", "End": true},
            "S": {"Type": "Succeed"}}}
            """)
        #expect(found == [
            "field-unknown 1:51 /States/P/Retry `Retry` is not a field of a Pass state; only Task, Parallel and Map states can retry or catch errors.",
            "field-required 1:61 /States/P/Retry/0 A Retrier needs a `ErrorEquals` field.",
            "field-range 1:77 /States/P/Retry/0/MaxAttempts `MaxAttempts` is -1; it must be between 0 and 99999999.",
            "next-end-invalid 1:96 /States/P/End State \"P\" has both `Next` and `\"End\": true`; use one.",
        ])
    }

    @Test func exclusiveGroupsAreCountedPerMember() throws {
        let found = try Self.fieldFindings("""
            {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 1, "TimestampPath": "$.t", "Next": "T"},
            "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "TimeoutSecondsPath": "$.x", "End": true},
            "V": {"Type": "Wait", "End": true}}}
            """)
        #expect(found.filter { $0.hasPrefix("field-exclusive") || $0.hasPrefix("field-required") } == [
            "field-exclusive 1:65 /States/W/TimestampPath W: use only one of `Seconds` and `TimestampPath`.",
            "field-exclusive 2:90 /States/T/TimeoutSecondsPath T: use only one of `TimeoutSeconds` and `TimeoutSecondsPath`.",
            "field-required 3:1 /States/V A Wait state needs one of `Seconds`, `SecondsPath`, `Timestamp`, `TimestampPath`.",
        ])
    }

    /// `MaxItems` with `MaxItemsPath` in a ReaderConfig (both fields there), and an unknown
    /// `CSVHeadersPath` whose `CSVHeaders` is a field.
    @Test func pathPairsOutsideStatesAreFound() throws {
        let found = try Self.fieldFindings("""
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Succeed"}}},
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"MaxItems": 5, "MaxItemsPath": "$.n", "CSVHeaders": [], "CSVHeadersPath": "$.h"}},
            "End": true}}}
            """)
        #expect(found == [
            "field-exclusive 2:93 /States/M/ItemReader/ReaderConfig/MaxItemsPath ReaderConfig: use only one of `MaxItems` and `MaxItemsPath`.",
            "field-exclusive 2:134 /States/M/ItemReader/ReaderConfig/CSVHeadersPath ReaderConfig: use only one of `CSVHeaders` and `CSVHeadersPath`.",
            "field-unknown 2:134 /States/M/ItemReader/ReaderConfig/CSVHeadersPath `CSVHeadersPath` is not a field of ReaderConfig.",
        ])
    }

    /// Each kind tested alone (string, boolean, object, array, nullable path) still reports a
    /// value of another kind, and a value the test lets through is never reported.
    @Test func kindTestsLetThroughOnlyCleanValues() throws {
        let found = try Self.fieldFindings("""
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": 7, "InputPath": null, "OutputPath": 1,
            "Credentials": [], "Retry": {}, "Comment": "c", "Next": "E"},
            "E": {"Type": "Succeed", "Comment": true}}}
            """)
        #expect(found == [
            "field-type 1:63 /States/T/Resource `Resource` must be a string, found an integer.",
            "field-type 1:99 /States/T/OutputPath `OutputPath` must be a path string or null, found an integer.",
            "field-type 2:16 /States/T/Credentials `Credentials` must be an object, found an array.",
            "field-type 2:29 /States/T/Retry `Retry` must be an array, found an object.",
            "field-type 3:37 /States/E/Comment `Comment` must be a string, found a boolean.",
        ])
    }

    /// An integer in range passes on its literal; `3.0`, `1e2` and `$.n` take the full check,
    /// which accepts them, and values out of range or not integers are still reported.
    @Test func integersInRangePassOnTheirLiteral() throws {
        let found = try Self.fieldFindings("""
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 0, "HeartbeatSeconds": 3.0,
            "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": "$.n", "IntervalSeconds": 1e2, "MaxDelaySeconds": 31622402},
            {"ErrorEquals": ["States.ALL"], "MaxAttempts": 100000000, "IntervalSeconds": 2.5}], "End": true}}}
            """)
        #expect(found == [
            "field-range 1:115 /States/T/TimeoutSeconds `TimeoutSeconds` is 0; it must be between 1 and 99999999.",
            "field-range 2:108 /States/T/Retry/0/MaxDelaySeconds `MaxDelaySeconds` is 31622402; it must be between 1 and 31622401.",
            "field-range 3:48 /States/T/Retry/1/MaxAttempts `MaxAttempts` is 100000000; it must be between 0 and 99999999.",
            "field-type 3:78 /States/T/Retry/1/IntervalSeconds `IntervalSeconds` must be an integer, found a number.",
        ])
    }
}
