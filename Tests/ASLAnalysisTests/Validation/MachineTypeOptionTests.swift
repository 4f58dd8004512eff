import ASLAnalysis
import ASLLoad
import Testing

/// `--type` (or the settings file's `machine-type`) decides the type of every machine,
/// whatever its template declares; without it, the template decides.
@Suite struct MachineTypeOptionTests {
    static let template = """
        Resources:
          Approval:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              StateMachineType: EXPRESS
              Definition:
                StartAt: Ask
                States:
                  Ask: {Type: Task, Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken", TimeoutSeconds: 3600, HeartbeatSeconds: 600, End: true}
        """

    func rules(_ type: MachineType?) -> [String] {
        ValidationRunner.run(SourceText(path: "template.yaml", text: Self.template), options: .init(machineType: type)).diagnostics.map(\.ruleID)
    }

    @Test func optionOverridesTheTemplate() {
        #expect(rules(nil) == ["express-unsupported-integration"])
        #expect(rules(.express) == ["express-unsupported-integration"])
        #expect(rules(.standard) == [])
    }
}
