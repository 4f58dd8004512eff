import ASLAnalysis
import ASLLoad
import ASLSource
import Testing

/// The aslkit misses that differential testing against statelint, cfn-lint's schema and moto
/// found (issue #15, `Tests/Tools/differential.py`), each pinned by rule, line, column and message.
@Suite struct DifferentialFindingsTests {
    func findings(_ text: String) -> [String] {
        let read = JSONReader.parse(text, file: "case.asl.json")
        guard let root = read.root else { return read.diagnostics.map(\.message) }
        return Validator.validate(definition: root, file: "case.asl.json", isExpress: false)
            .filter { $0.severity == .error }
            .map { "\($0.position?.line ?? 0):\($0.position?.column ?? 0) \($0.ruleID) \($0.message)" }
    }

    func task(_ resource: String) -> String {
        "{\"StartAt\": \"T\", \"States\": {\"T\": {\n\"Type\": \"Task\", \"TimeoutSeconds\": 60, \"HeartbeatSeconds\": 30, \"End\": true,\n  \"Resource\": \"\(resource)\"}}}"
    }

    @Test func integrationPatternsOutsideTheThreeAreReported() {
        #expect(findings(task("arn:aws:states:::lambda:invoke.nosuch")) == [
            "3:15 resource-unknown-pattern \".nosuch\" is not an integration pattern; use `.sync`, `.sync:2`, `.waitForTaskToken` or no suffix."
        ])
        #expect(findings(task("arn:aws:states:::glue:startJobRun.sync:2:extra")) == [
            "3:15 resource-unknown-pattern \".sync:2:extra\" is not an integration pattern; use `.sync`, `.sync:2`, `.waitForTaskToken` or no suffix."
        ])
        #expect(findings(task("arn:aws-us-gov:states:::aws-sdk:s3:getObject.waitForTaskTokens")).map { String($0.prefix(30)) } == ["3:15 resource-unknown-pattern "])
    }

    @Test func knownPatternsAndPlaceholdersPass() {
        for resource in [
            "arn:aws:states:::lambda:invoke", "arn:aws:states:::ecs:runTask.sync", "arn:aws:states:::states:startExecution.sync:2",
            "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "arn:aws:states:::aws-sdk:s3:listBuckets",
            "arn:${AWS::Partition}:states:::lambda:invoke.${Pattern}", "arn:aws:lambda:us-east-1:123456789012:function:f.v2",
        ] {
            #expect(findings(task(resource)) == [], "\(resource)")
        }
    }

    @Test func anEmptyStateNameIsReportedAtTheName() {
        let text = "{\"StartAt\": \"\",\n \"States\": {\n    \"\": {\"Type\": \"Succeed\"}}}"
        #expect(findings(text) == ["3:5 state-name-empty A state name must have at least one character."])
    }

    @Test func timestampOperandsMustBeTimestamps() {
        let text = """
            {"StartAt": "C", "States": {"C": {"Type": "Choice", "Default": "D", "Choices": [
              {"Variable": "$.t", "TimestampGreaterThan": "2026-02-30T00:00:00Z", "Next": "D"},
              {"Variable": "$.t", "TimestampEquals": "2026-02-28T00:00:00.123-05:00", "Next": "D"},
              {"And": [{"Variable": "$.t", "TimestampLessThanEquals": "now"}], "Next": "D"}]},
             "D": {"Type": "Succeed"}}}
            """
        #expect(findings(text) == [
            "2:47 choice-rule-invalid `TimestampGreaterThan` compares with an RFC 3339 timestamp such as 2026-03-14T01:59:00Z, found \"2026-02-30T00:00:00Z\".",
            "4:59 choice-rule-invalid `TimestampLessThanEquals` compares with an RFC 3339 timestamp such as 2026-03-14T01:59:00Z, found \"now\".",
        ])
    }
}
