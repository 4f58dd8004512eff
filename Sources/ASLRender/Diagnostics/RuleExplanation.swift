import ASLAnalysis

/// `aslkit rules ID`: one rule in full, for the reader of a finding who wants to know why it
/// matters and what passes: its title, summary, rationale, AWS code, and the catalogue's own
/// examples (the ones the test suite runs).
public enum RuleExplanation {
    public static func text(_ rule: RuleDescription) -> String {
        var lines = ["\(rule.id): \(rule.title)", "\(rule.severity.rawValue), \(rule.category.rawValue)", "", rule.summary, "", "Why: \(rule.rationale)"]
        if let aws = rule.awsCode { lines += ["AWS ValidateStateMachineDefinition code: \(aws)"] }
        if rule.examplesAreExpress { lines += ["The examples are checked as Express machines."] }
        lines += ["", "Reported for:"] + rule.triggering.map { "  " + $0 }
        lines += ["", "Not reported for:"] + rule.passing.map { "  " + $0 }
        return TerminalText.lines(lines)
    }

    /// Ids close to `text`, for a "did you mean" when it names no rule: ids that contain it,
    /// or that share its first word.
    public static func suggestions(for text: String, in rules: [RuleDescription]) -> [String] {
        let needle = text.lowercased()
        let containing = rules.map(\.id).filter { $0.contains(needle) }
        if !containing.isEmpty { return containing }
        let first = needle.split(separator: "-").first.map(String.init) ?? needle
        return rules.map(\.id).filter { $0.hasPrefix(first) }
    }
}
