@testable import ASLAnalysis
import ASLModel
import Testing

/// `TaskResourceCheck` skips an ARN its byte-level tests call plain; a plain ARN must be one the
/// full checks report nothing for, and every reported ARN must take the full checks.
@Suite struct TaskResourceFastPathTests {
    static let plain = [
        "arn:aws:lambda:us-east-1:123456789012:function:w3", "arn:aws:states:::sqs:sendMessage", "arn:aws:states:::dynamodb:putItem",
        "arn:aws:states:::lambda:invoke", "arn:aws:states:::athena:startQueryExecution", "arn:aws:sns:us-east-1:123456789012:topic"
    ]
    static let reported = [
        "InvalidArn", "arn:aws:lambda:us-east-1:123456789012:function:f:", "arn:aws:states:::dynamodb:query",
        "arn:aws:states:::lambda:invoke.waitForToken", "arn:aws:states:::states:startExecution.sync:3", "arn::lambda:r:a:function:f",
        "arn:${AWS::Partition}:states:::dynamodb:querry", "arn:aws:states:::sqs:", "arn:aws:lambda:us-east-1:1:function:f:bad alias",
    ]
    static let checkedInFull = [
        "arn:aws:lambda:us-east-1:123456789012:function:f:live", "arn:aws:states:::aws-sdk:s3:getObject",
        "arn:aws:states:::states:startExecution.sync:2", "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "${ProcessFunctionArn}",
        "arn:aws-cn:states:us-east-1:123456789012:activity:approve",
    ]

    static func isPlain(_ arn: String) -> Bool {
        ByteText.withFields(of: arn, separator: UInt8(ascii: ":")) {
            TaskResourceCheck.isPlainServiceARN($0) || TaskResourceCheck.isPlainStatesIntegration($0)
        } ?? false
    }

    static func fullFindings(_ arn: String) -> [String] {
        let parts = ByteText.fields(of: arn, separator: UInt8(ascii: ":"))
        if let problem = TaskResourceCheck.problem(arn, parts: parts, language: .jsonPath) { return [problem] }
        let fields = TaskResourceCheck.hasPlaceholder(arn) ? ByteText.fields(of: TaskResourceCheck.foldingPlaceholders(arn), separator: UInt8(ascii: ":")) : parts
        return [TaskResourceCheck.unknownAction(fields).map { "\($0.service) \($0.action)" }, TaskResourceCheck.unrecognisedPattern(fields)].compactMap { $0 }
    }

    @Test func plainARNsAreSkippedAndClean() {
        for arn in Self.plain {
            #expect(Self.isPlain(arn), "\(arn)")
            #expect(Self.fullFindings(arn).isEmpty, "\(arn)")
        }
    }

    @Test func reportedARNsTakeTheFullChecks() {
        for arn in Self.reported {
            #expect(!Self.isPlain(arn), "\(arn)")
            #expect(!Self.fullFindings(arn).isEmpty, "\(arn)")
        }
        for arn in Self.checkedInFull { #expect(!Self.isPlain(arn), "\(arn)") }
    }
}
