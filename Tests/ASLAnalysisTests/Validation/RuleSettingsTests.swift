import ASLAnalysis
import ASLLoad
import ASLSource
import Testing

/// Rules turned off or set louder or quieter, from the settings file and `--ignore`.
@Suite struct RuleSettingsTests {
    static let trapLoop = """
        {"StartAt": "Check", "States": {
          "Check": {"Type": "Choice", "Choices": [{"Variable": "$.ready", "BooleanEquals": true, "Next": "Done"}], "Default": "Wait a bit"},
          "Wait a bit": {"Type": "Wait", "Seconds": 10, "Next": "Poll"},
          "Poll": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Wait a bit"},
          "Done": {"Type": "Succeed"}}}
        """

    func findings(_ rules: RuleSettings) -> [String] {
        let run = ValidationRunner.run(SourceText(path: "loop.asl.json", text: Self.trapLoop), options: .init(rules: rules))
        return run.diagnostics.map { "\($0.ruleID) \($0.severity) \($0.position?.line ?? 0)" }
    }

    @Test func levelsChangeOrDropFindings() {
        #expect(findings(RuleSettings()) == [
            "state-cannot-terminate error 3", "state-cannot-terminate error 4", "task-timeout-missing warning 4",
        ])
        let settings = RuleSettings(levels: ["task-timeout-missing": .off, "state-cannot-terminate": .warning])
        #expect(findings(settings) == ["state-cannot-terminate warning 3", "state-cannot-terminate warning 4"])
        let louder = RuleSettings(levels: ["task-timeout-missing": .error]).merging(RuleSettings(levels: ["task-timeout-missing": .note]))
        #expect(findings(louder).last == "task-timeout-missing note 4")
    }

    @Test func settingsFileRulesAreCheckedAndLocated() throws {
        let text = """
            rules:
              task-timeout-missing: off
              choice-default-missing: Error
              json-syntax: off
              state-unreachable: loud
            """
        let root = try #require(YAMLReader.parse(text, file: ".aslkit.yml").root)
        let config = AssumptionsConfig(document: root, file: ".aslkit.yml")
        #expect(config.rules == RuleSettings(levels: ["task-timeout-missing": .off, "choice-default-missing": .error]))
        #expect(config.diagnostics.map { "\($0.position?.description ?? "-") \($0.message)" } == [
            "4:3 'json-syntax' is not a validation rule (`aslkit rules` lists them)",
            "5:3 'state-unreachable' must be off, note, warning or error",
        ])
    }
}
