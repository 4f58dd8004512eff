import ASLAnalysis
import Foundation

/// The plain-text report of `aslkit analyze`: the per-state table, then the totals with the
/// worst-case witness and the best case beside it.
public enum TimingTextRenderer {
    public static func render(file: String, report: TimingReport, cost: CostEstimate) -> String {
        var lines = ["\(file): \(TimingPhrases.machineType(report.machineType)) state machine", ""]
        let header = ["State", "Scope", "Type", "Timeout", "Retriers", "Attempts", "Back-off", "Worst"]
        let rows = report.states.map { row in
            [
                TerminalText.line(row.state), TerminalText.line(row.scope), row.type, TimingPhrases.timeout(row.timeout),
                row.retriers == row.firingRetriers ? "\(row.retriers)" : "\(row.firingRetriers) of \(row.retriers)",
                "\(row.maxAttempts)", SecondsText.format(row.retryWaitSeconds), SecondsText.format(row.worstSeconds),
            ]
        }
        lines += table(header, rows)
        lines.append("")
        lines.append("Worst case: \(TimingPhrases.worstHeadline(report))")
        lines += witness(report.worstPath, indent: "  ")
        lines.append("Best case: \(SecondsText.format(report.bestSeconds)) along \(report.bestPath.isEmpty ? "no successful path" : TimingPhrases.path(report.bestPath))")
        lines.append("State transitions: \(TimingPhrases.transitions(report.minTransitions, report.maxTransitions))")
        lines.append("Most attempts of one state: \(report.maxAttempts)\(report.maxAttemptsState.map { " (\($0))" } ?? "")")
        lines.append("Cost: \(TimingPhrases.cost(cost)) (\(cost.basis.joined(separator: "; ")))")
        if !report.unbounded.isEmpty {
            lines.append("Unbounded:")
            lines += report.unbounded.map { "  - \($0.state) (\($0.scope)): \($0.message)" }
        }
        if !report.findings.isEmpty {
            lines.append("Findings:")
            lines += report.findings.map { "  - [\($0.ruleID)] \($0.message)" }
        }
        if !report.notes.isEmpty {
            lines.append("Notes:")
            lines += report.notes.map { "  - \($0)" }
        }
        return TerminalText.lines(lines)
    }

    /// Numbered steps; a Parallel's slowest branch or a Map's iteration indented below it.
    /// Iterative, with an explicit stack, whatever the nesting.
    static func witness(_ path: [WitnessStep], indent: String) -> [String] {
        var lines: [String] = []
        var stack: [(steps: ArraySlice<WitnessStep>, indent: String, number: Int)] = [(path[...], indent, 1)]
        while let frame = stack.popLast() {
            guard let step = frame.steps.first else { continue }
            stack.append((frame.steps.dropFirst(), frame.indent, frame.number + 1))
            let seconds = SecondsText.format(step.seconds)
            let detail = TimingPhrases.step(step)
            lines.append("\(frame.indent)\(frame.number). \(step.state) [\(step.type)] \(seconds)\(detail.isEmpty ? "" : ": " + detail)")
            if !step.inner.isEmpty {
                lines.append("\(frame.indent)   \(step.innerLabel ?? "inside"):")
                stack.append((step.inner[...], frame.indent + "     ", 1))
            }
        }
        return lines
    }

    static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        let widths = header.indices.map { c in ([header] + rows).map { $0[c].count }.max() ?? 0 }
        return ([header] + rows).map { cells in
            cells.enumerated().map { c, cell in
                c == cells.count - 1 ? cell : cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
    }
}
