import ASLAnalysis

/// The before/after figures of a machine as rows of plain text, shared by the Markdown and
/// text reports.
struct DiffMetricRow {
    var label: String
    var before: String
    var after: String
    var changed: Bool { before != after }

    static func rows(before: MachineMetrics?, after: MachineMetrics?) -> [DiffMetricRow] {
        func row(_ label: String, _ value: (MachineMetrics) -> String) -> DiffMetricRow {
            DiffMetricRow(label: label, before: before.map(value) ?? "–", after: after.map(value) ?? "–")
        }
        return [
            row("States") { "\($0.states)" },
            row("Paths") { $0.paths },
            row("Worst-case duration") { duration($0) },
            row("Max attempts of a state") { m in "\(m.maxAttempts)" + (m.maxAttemptsState.map { " (\($0))" } ?? "") },
            row("Transitions per execution") { $0.maxTransitions.map(String.init) ?? "unbounded" },
            row("Cost per execution") { Dollars.format($0.maxDollars) },
        ]
    }

    static func duration(_ metrics: MachineMetrics) -> String {
        SecondsText.format(metrics.worstSeconds) + (metrics.binding == .machineTimeout ? " (machine TimeoutSeconds)" : "")
    }
}
