import ASLSource

/// What a team has decided about individual rules: some off, some louder or quieter than
/// their default severity. From `.aslkit.yml` (`rules: {task-timeout-missing: off}`) and
/// `--ignore RULE`; `Validator` applies them to the findings after the checks have run, so the
/// checks themselves never change.
public struct RuleSettings: Sendable, Equatable {
    public enum Level: String, Sendable, CaseIterable {
        case off, note, warning, error
    }

    public private(set) var levels: [String: Level] = [:]

    public init(levels: [String: Level] = [:]) { self.levels = levels }

    /// Whether `id` names a rule that can be configured: a validation rule of the catalogue.
    /// Loading rules (`json-syntax`, …) cannot be turned off: without them there is nothing
    /// to check.
    public static func isConfigurable(_ id: String) -> Bool {
        RuleCatalogue.rules.contains { $0.id == id }
    }

    public mutating func set(_ id: String, to level: Level) { levels[id] = level }

    /// `self` with `other`'s decisions on top (flags over the settings file).
    public func merging(_ other: RuleSettings) -> RuleSettings {
        RuleSettings(levels: levels.merging(other.levels) { _, new in new })
    }

    /// The findings with rules turned off left out and the others at their configured severity.
    public func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !levels.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            guard let level = levels[diagnostic.ruleID] else { return diagnostic }
            // Every level but `off` is a severity of the same name.
            guard let severity = Severity(rawValue: level.rawValue) else { return nil }
            var changed = diagnostic
            changed.severity = severity
            return changed
        }
    }
}
