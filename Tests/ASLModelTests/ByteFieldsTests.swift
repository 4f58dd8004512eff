@testable import ASLModel
import Testing

/// `ByteFields` (offsets into UTF-8 bytes) must read an ARN exactly as splitting it into
/// `Substring`s does, since the Task checks decide on it.
@Suite struct ByteFieldsTests {
    static let texts = [
        "arn:aws:lambda:us-east-1:123456789012:function:f", "arn:aws:states:::lambda:invoke", "", ":", "a::b:",
        "arn:aws:lambda:us-east-1:123456789012:function:f:live", "arn:aws:états:::sns:publish", "no separator",
        // More separators than the offsets kept (16): the last fields are found by scanning.
        String(repeating: "a:", count: 20) + "end", String(repeating: ":", count: 17),
    ]

    @Test func countsAndFieldsMatchTheSubstringSplit() {
        for text in Self.texts {
            let parts = ByteText.fields(of: text, separator: UInt8(ascii: ":"))
            ByteText.withFields(of: text, separator: UInt8(ascii: ":")) { fields in
                #expect(fields.count == parts.count, "\(text)")
                for (index, part) in parts.enumerated() {
                    #expect(fields.range(index)?.count == part.utf8.count, "\(text) field \(index)")
                    #expect(fields.isEmpty(index) == part.isEmpty, "\(text) field \(index)")
                }
                #expect(fields.range(parts.count) == nil, "\(text)")
            }
        }
    }

    @Test func wordsAreComparedByBytes() {
        let found = ByteText.withFields(of: "arn:aws:states:::sns:publish", separator: UInt8(ascii: ":")) { fields in
            [fields.field(0, is: "arn"), fields.field(2, is: "states"), fields.field(2, is: "state"), fields.field(3, is: ""),
             fields.field(5, is: "sns"), fields.field(7, is: "sns"), fields.containsPair(UInt8(ascii: "$"), UInt8(ascii: "{"))]
        }
        #expect(found == [true, true, false, true, true, false, false])
        #expect(ByteText.withFields(of: "arn:${AWS::Partition}", separator: UInt8(ascii: ":")) { $0.containsPair(UInt8(ascii: "$"), UInt8(ascii: "{")) } == true)
    }

    @Test func integrationsAreRecognisedFromBytes() {
        let cases: [(String, Integration)] = [
            ("arn:aws:lambda:us-east-1:123456789012:function:f", .lambda), ("arn:aws:states:::lambda:invoke", .lambda),
            ("arn:aws:states:::sqs:sendMessage.waitForTaskToken", .sqs), ("arn:aws:states:::aws-sdk:s3:getObject", .sdk),
            ("arn:aws:states:::events:putEvents", .eventBridge), ("arn:aws:states:::states:startExecution.sync:2", .stepFunctions),
            ("arn:aws:states:us-east-1:123456789012:activity:approve", .activity), ("arn:aws:states:::athena:startQueryExecution", .other),
            ("arn:aws:states:::sns", .sns), ("arn:aws:states::sns", .other), ("arn:aws:sns:us-east-1:123456789012:topic", .other), ("InvalidArn", .other),
            ("arn:aws:stätes:::sns:publish", .other), ("ARN:aws:lambda:us-east-1:1:function:f", .other),
        ]
        for (arn, expected) in cases {
            #expect(Integration(resourceARN: arn) == expected, "\(arn)")
        }
    }
}
