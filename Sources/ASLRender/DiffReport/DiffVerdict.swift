import ASLAnalysis

/// The one-line summary of a machine's change, in plain text:
/// `2 states added, 1 changed; worst case 3 min → 18 min; 1 new error`.
enum DiffVerdict {
    static func text(_ diff: MachineDiff) -> String {
        switch diff.status {
        case .added:
            var parts = ["new machine: \(plural(diff.after?.states ?? 0, "state")), worst case \(SecondsText.format(diff.after?.worstSeconds))"]
            parts += findingParts(diff)
            return parts.joined(separator: "; ")
        case .removed:
            return "machine removed (\(plural(diff.before?.states ?? 0, "state")))"
        case .unchanged:
            return "unchanged"
        case .changed:
            var parts: [String] = []
            let counts = [
                (diff.addedStates.count, "added"), (diff.removedStates.count, "removed"),
                (diff.renamedStates.count, "renamed"), (diff.changedStates.count, "changed"),
            ].filter { $0.0 > 0 }
            if let first = counts.first {
                parts.append(([plural(first.0, "state") + " " + first.1] + counts.dropFirst().map { "\($0.0) \($0.1)" }).joined(separator: ", "))
            }
            if !diff.machineFields.isEmpty {
                parts.append("machine fields changed (" + diff.machineFields.map(\.field).joined(separator: ", ") + ")")
            }
            if let before = diff.before, let after = diff.after {
                if before.worstSeconds != after.worstSeconds { parts.append(worstCase(before.worstSeconds, after.worstSeconds)) }
                if before.maxAttempts != after.maxAttempts { parts.append("max attempts \(before.maxAttempts) → \(after.maxAttempts)") }
                if before.maxDollars != after.maxDollars {
                    parts.append("cost \(Dollars.format(before.maxDollars)) → \(Dollars.format(after.maxDollars))")
                }
            }
            if !diff.becameUnreachable.isEmpty { parts.append("\(plural(diff.becameUnreachable.count, "state")) now unreachable") }
            parts += findingParts(diff)
            if !diff.fixed.isEmpty { parts.append("\(plural(diff.fixed.count, "finding")) fixed") }
            return parts.isEmpty ? "no change to the workflow" : parts.joined(separator: "; ")
        }
    }

    /// `worst case 3 min → 18 min`; when both round to the same text, the difference:
    /// `worst case +3 min (5 d 9 h)`.
    private static func worstCase(_ before: Double?, _ after: Double?) -> String {
        let (from, to) = (SecondsText.format(before), SecondsText.format(after))
        guard from == to, let before, let after else { return "worst case \(from) → \(to)" }
        return "worst case \(after > before ? "+" : "−")\(SecondsText.format(abs(after - before))) (\(to))"
    }

    private static func findingParts(_ diff: MachineDiff) -> [String] {
        var parts: [String] = []
        let errors = diff.introduced.filter { $0.severity == .error }.count
        let warnings = diff.introduced.filter { $0.severity == .warning }.count
        if errors > 0 { parts.append("\(errors) new error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append("\(warnings) new warning\(warnings == 1 ? "" : "s")") }
        if !diff.brokenBudgets.isEmpty { parts.append("breaks " + diff.brokenBudgets.map(\.budget).joined(separator: ", ")) }
        return parts
    }

    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
