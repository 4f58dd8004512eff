import ASLAnalysis

/// `aslkit diff --format text`: the same content as the Markdown comment for a terminal,
/// without diagrams.
public enum DiffTextRenderer {
    public static func render(_ diff: RepositoryDiff) -> String {
        var lines = ["\(diff.baseLabel) → \(diff.headLabel)"]
        if diff.machines.isEmpty { lines.append("no state machine changed (\(DiffVerdict.plural(diff.unchangedCount, "machine")) compared)") }
        for machine in diff.machines {
            lines.append("")
            lines.append("\(machine.name)\(machine.baseName.map { " (was \($0))" } ?? ""): \(machine.status.rawValue)")
            lines.append("  " + DiffVerdict.text(machine))
            for row in DiffMetricRow.rows(before: machine.before, after: machine.after) where row.changed {
                lines.append("  \(row.label): \(row.before) → \(row.after)")
            }
            for field in machine.machineFields { lines.append("  machine " + text(field)) }
            lines += machine.addedStates.map { "  + \($0.name) (\($0.type), \($0.scope), line \($0.line ?? 0))" }
            lines += machine.removedStates.map { "  - \($0.name) (\($0.type), \($0.scope))" }
            lines += machine.renamedStates.map { "  ~ \($0.oldName) renamed to \($0.state.name)" }
            for change in machine.changedStates {
                lines.append("  * \(change.state.name) (line \(change.state.line ?? 0))\(change.renamedFrom.map { ", renamed from \($0)" } ?? "")")
                lines += change.fields.map { "      " + text($0) }
            }
            lines += machine.addedTransitions.map { "  + transition \($0.from) → \($0.to) (\($0.label))" }
            lines += machine.removedTransitions.map { "  - transition \($0.from) → \($0.to) (\($0.label))" }
            lines += machine.becameUnreachable.map { "  ! now unreachable: \($0.name)" }
            lines += machine.becameReachable.map { "  now reachable: \($0.name)" }
            lines += machine.introduced.map { "  new \($0.severity.rawValue) [\($0.ruleID)] \($0.stateName.map { "\($0): " } ?? "")\($0.message)" }
            lines += machine.fixed.map { "  fixed \($0.severity.rawValue) [\($0.ruleID)] \($0.stateName.map { "\($0): " } ?? "")\($0.message)" }
            lines += machine.brokenBudgets.map { "  breaks --\($0.budget): \($0.message)" }
        }
        if !diff.machines.isEmpty && diff.unchangedCount > 0 {
            lines += ["", "\(DiffVerdict.plural(diff.unchangedCount, "other machine")) unchanged"]
        }
        return TerminalText.lines(lines)
    }

    private static func text(_ change: FieldChange) -> String {
        switch change.kind {
        case .changed: "\(change.field): \(change.before ?? "") → \(change.after ?? "")"
        case .added: "\(change.field) added: \(change.after ?? "")"
        case .removed: "\(change.field) removed (was \(change.before ?? ""))"
        }
    }
}
