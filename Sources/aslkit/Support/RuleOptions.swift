import ASLAnalysis
import ArgumentParser

/// `--ignore RULE`, shared by the commands that show findings (validate, report, render, diff);
/// it goes on top of the settings file's `rules:` levels.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("ignore"), help: "Leave out the findings of this rule (repeatable; `aslkit rules` lists them).")
    var ignoredRules: [String] = []

    func validate() throws {
        for rule in ignoredRules where !RuleSettings.isConfigurable(rule) {
            throw ValidationError("--ignore: '\(rule)' is not a validation rule; `aslkit rules` lists them.")
        }
    }

    /// The settings file's levels with every `--ignore`d rule off.
    func settings(over file: RuleSettings) -> RuleSettings {
        Self.settings(ignoring: ignoredRules, over: file)
    }

    static func settings(ignoring ignoredRules: [String], over file: RuleSettings) -> RuleSettings {
        var ignored = RuleSettings()
        for rule in ignoredRules { ignored.set(rule, to: .off) }
        return file.merging(ignored)
    }
}
