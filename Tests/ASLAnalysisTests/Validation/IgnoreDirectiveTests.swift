@testable import ASLAnalysis
import ASLLoad
import ASLSource
import Testing

/// `aslkit-ignore:` in a state's or the machine's `Comment`.
@Suite struct IgnoreDirectiveTests {
    @Test func directivesParseIdsAndTheirOffsets() {
        #expect(IgnoreDirective.parse("Charges the card. aslkit-ignore: task-timeout-missing, choice-default-missing") == [
            IgnoreDirective(rule: "task-timeout-missing", offset: 33), IgnoreDirective(rule: "choice-default-missing", offset: 55),
        ])
        #expect(IgnoreDirective.parse("aslkit-ignore state-unreachable. Then prose.") == [IgnoreDirective(rule: "state-unreachable", offset: 14)])
        #expect(IgnoreDirective.parse("né: aslkit-ignore:x") == [IgnoreDirective(rule: "x", offset: 18)])
        #expect(IgnoreDirective.parse("aslkit-ignore: Task-Timeout") == [])
        #expect(IgnoreDirective.parse("no directive here").isEmpty)
    }

    static let machine = """
        {"Comment": "Nightly export. aslkit-ignore: choice-default-missing",
         "StartAt": "Charge", "States": {
          "Charge": {"Type": "Task", "Comment": "Legacy: aslkit-ignore: task-timeout-missing, task-timout-missing",
                     "Resource": "arn:aws:states:::lambda:invoke", "Next": "Route"},
          "Route": {"Type": "Choice", "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Ship"}]},
          "Ship": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}
        """

    @Test func directivesSilenceTheirStateOrTheMachine() throws {
        let root = try #require(JSONReader.parse(Self.machine, file: "m.asl.json").root)
        let found = Validator.validate(definition: root, file: "m.asl.json")
        // Charge's timeout finding is silenced there only; the Choice's missing Default everywhere;
        // the misspelt id is reported at its column.
        #expect(found.map { "\($0.ruleID) \($0.position?.description ?? "-") \($0.stateName ?? "-")" } == [
            "ignore-directive-unknown-rule 3:87 Charge",
            "task-timeout-missing 6:3 Ship",
        ])
    }
}
