import ASLAnalysis
import Foundation

/// The plain-text report of `aslkit analyze`: the per-state table, then the totals with the
/// worst-case witness and the best case beside it.
public enum TimingTextRenderer {
    public static func render(file: String, report: TimingReport, cost: CostEstimate) -> String {
        var text = ""
        write(file: file, report: report, cost: cost, into: &text)
        return text
    }

    /// The text `render` returns, written into `out` line by line: the table's cells are made
    /// once to measure its columns and once more to write them, so neither the 35,000 rows of
    /// cells nor the lines of a large machine are held.
    public static func write(file: String, report: TimingReport, cost: CostEstimate, into out: inout some TextOutputStream) {
        func line(_ text: String) {
            out.write(TerminalText.line(text))
            out.write("\n")
        }
        line("\(file): \(TimingPhrases.machineType(report.machineType)) state machine")
        line("")
        let header = ["State", "Scope", "Type", "Timeout", "Retriers", "Attempts", "Back-off", "Worst"]
        table(header, report.states, cells: cells, line: line)
        line("")
        line("Worst case: \(TimingPhrases.worstHeadline(report))")
        witness(report.worstPath, indent: "  ", line: line)
        line("Best case: \(SecondsText.format(report.bestSeconds)) along \(report.bestPath.isEmpty ? "no successful path" : TimingPhrases.path(report.bestPath))")
        line("State transitions: \(TimingPhrases.transitions(report.minTransitions, report.maxTransitions))")
        line("Most attempts of one state: \(report.maxAttempts)\(report.maxAttemptsState.map { " (\($0))" } ?? "")")
        line("Cost: \(TimingPhrases.cost(cost)) (\(cost.basis.joined(separator: "; ")))")
        if !report.unbounded.isEmpty {
            line("Unbounded:")
            for reason in report.unbounded { line("  - \(reason.state) (\(reason.scope)): \(reason.message)") }
        }
        if !report.findings.isEmpty {
            line("Findings:")
            for finding in report.findings { line("  - [\(finding.ruleID)] \(finding.message)") }
        }
        if !report.notes.isEmpty {
            line("Notes:")
            for note in report.notes { line("  - \(note)") }
        }
    }

    private static func cells(_ row: StateTiming) -> [String] {
        [
            TerminalText.line(row.state), TerminalText.line(row.scope), row.type, TimingPhrases.timeout(row.timeout),
            row.retriers == row.firingRetriers ? "\(row.retriers)" : "\(row.firingRetriers) of \(row.retriers)",
            "\(row.maxAttempts)", SecondsText.format(row.retryWaitSeconds), SecondsText.format(row.worstSeconds),
        ]
    }

    /// Numbered steps; a Parallel's slowest branch or a Map's iteration indented below it.
    /// Iterative, with an explicit stack, whatever the nesting.
    static func witness(_ path: [WitnessStep], indent: String) -> [String] {
        var lines: [String] = []
        witness(path, indent: indent) { lines.append($0) }
        return lines
    }

    /// The lines of `witness(_:indent:)`, each handed to `line` as it is made.
    static func witness(_ path: [WitnessStep], indent: String, line: (String) -> Void) {
        var stack: [(steps: ArraySlice<WitnessStep>, indent: String, number: Int)] = [(path[...], indent, 1)]
        while let frame = stack.popLast() {
            guard let step = frame.steps.first else { continue }
            stack.append((frame.steps.dropFirst(), frame.indent, frame.number + 1))
            let seconds = SecondsText.format(step.seconds)
            let detail = TimingPhrases.step(step)
            line("\(frame.indent)\(frame.number). \(step.state) [\(step.type)] \(seconds)\(detail.isEmpty ? "" : ": " + detail)")
            if !step.inner.isEmpty {
                line("\(frame.indent)   \(step.innerLabel ?? "inside"):")
                stack.append((step.inner[...], frame.indent + "     ", 1))
            }
        }
    }

    /// The header and a line per row, columns padded to their widest cell but the last, two
    /// spaces apart. `cells` is called twice per row: to measure, then to write.
    static func table<Rows: Sequence>(_ header: [String], _ rows: Rows, cells: (Rows.Element) -> [String], line: (String) -> Void) {
        var widths = header.map(\.count)
        for row in rows {
            for (c, cell) in cells(row).enumerated() { widths[c] = max(widths[c], cell.count) }
        }
        func text(_ cells: [String]) -> String {
            cells.enumerated().map { c, cell in
                c == cells.count - 1 ? cell : cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        line(text(header))
        for row in rows { line(text(cells(row))) }
    }
}
