import ASLAnalysis
import ASLModel
import ASLSource

/// A Markdown report of one machine: summary, Mermaid diagram, findings, states, and the
/// optional analysis sections. Written for GitHub and for reading as plain text: every name
/// is escaped, tables are plain pipe tables, and the only HTML is the `<details>` that folds a
/// long worst-case path, which reads as text too.
public enum MarkdownReport {
    public static func render(_ input: ReportInput) -> String {
        var text = ""
        write(input, into: &text)
        return text
    }

    /// The text `render` returns, written into `out` section by section and its lists and
    /// tables line by line, so that the report of a 50,000-state machine is never held whole.
    public static func write(_ input: ReportInput, into out: inout some TextOutputStream) {
        out.write(header(input))
        out.write("\n")
        writeSummary(input, into: &out)
        out.write("\n")
        out.write(diagram(input))
        out.write("\n")
        writeDiagnostics(input, into: &out)
        out.write("\n")
        writeStates(input, into: &out)
        if let path = input.worstCasePath {
            out.write("\n")
            writeWorstCase(path, into: &out)
        }
        if let coverage = input.coverage {
            out.write("\n")
            writeCoverage(coverage, machine: input.machine, into: &out)
        }
    }

    static func header(_ input: ReportInput) -> String {
        var text = "# \(MarkdownEscaper.inline(input.title))\n\n"
        text += "Source: \(MarkdownEscaper.code(input.origin)) · query language \(input.machine.queryLanguage.rawValue)"
        if let timeout = input.machine.timeoutSeconds {
            text += " · machine timeout \(Abbreviation.duration(seconds: Double(timeout.value)))"
        }
        text += "\n"
        if let comment = input.machine.comment, !comment.isEmpty {
            text += "\n> \(MarkdownEscaper.inline(comment))\n"
        }
        return text
    }

    static func writeSummary(_ input: ReportInput, into out: inout some TextOutputStream) {
        let facts = MachineFacts(input.machine)
        var rows: [(String, String)] = [
            ("States", "\(facts.stateCount)" + (facts.nestedStateCount > 0 ? " (\(facts.nestedStateCount) in nested scopes)" : "")),
            ("Transitions", "\(facts.transitionCount)"),
            ("Scopes", "\(facts.scopeCount)"),
            ("Unreachable states", facts.unreachable.isEmpty ? "0" : "\(facts.unreachable.count): " + facts.unreachable.map(MarkdownEscaper.inline).joined(separator: ", ")),
        ]
        if let m = input.metrics {
            let optional: [(String, String?)] = [
                ("Paths from start to end", m.pathCount), ("Worst-case duration", m.worstCaseDuration),
                ("Binding limit", m.bindingLimit), ("Max attempts of one task", m.maxAttempts),
                ("Transitions per execution", m.transitionsPerExecution), ("Cost per execution", m.costPerExecution),
            ]
            rows += optional.compactMap { label, value in value.map { (label, MarkdownEscaper.inline($0)) } }
        }
        var errors = 0, warnings = 0
        for diagnostic in input.diagnostics {
            if diagnostic.severity == .error { errors += 1 } else if diagnostic.severity == .warning { warnings += 1 }
        }
        rows.append(("Findings", "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"))
        out.write("## Summary\n\n")
        MarkdownTable(header: ["Measure", "Value"], rows: rows.map { [$0.0, $0.1] }).write(into: &out)
    }

    static func diagram(_ input: ReportInput) -> String {
        var options = input.diagram
        if options.diagnostics.isEmpty { options.diagnostics = input.diagnostics }
        let fitted = ReportDiagram(input.machine, options: options)
        var text = "## Diagram\n\n"
        if let mermaid = fitted.mermaid {
            text += "```mermaid\n" + mermaid + "```\n"
            if options.coverage != nil { text += "\n" + StyleTable.coverageLegend + "\n" }
        }
        if let note = fitted.note {
            text += (fitted.mermaid == nil ? "" : "\n") + note
            text += input.svgLink == nil ? " \(MarkdownEscaper.code("aslkit render " + input.origin + " --format svg")) draws all of it.\n" : "\n"
        }
        if let link = input.svgLink {
            text += "\nFull picture with tooltips: [\(MarkdownEscaper.inline(link))](\(URIPath.encode(link)))\n"
        }
        return text
    }

    static func writeDiagnostics(_ input: ReportInput, into out: inout some TextOutputStream) {
        out.write("## Findings\n\n")
        let diagnostics = input.diagnostics
        guard !diagnostics.isEmpty else { return out.write("No findings.\n") }
        var first = true
        for severity in Severity.allCases.reversed() {
            // Positions, not copies: 50,000 findings are 6 MB a copy.
            let group = diagnostics.indices.filter { diagnostics[$0].severity == severity }.sorted { diagnostics[$0] < diagnostics[$1] }
            guard !group.isEmpty else { continue }
            if !first { out.write("\n") }
            first = false
            let title = severity == .error ? "Errors" : severity == .warning ? "Warnings" : "Notes"
            out.write("### \(title) (\(group.count))\n\n")
            for index in group {
                let d = diagnostics[index]
                let place = d.file + (d.position.map { ":\($0.line):\($0.column)" } ?? "")
                var line = "- \(MarkdownEscaper.code(place)) \(MarkdownEscaper.code(d.ruleID)) \(MarkdownEscaper.inline(d.message))"
                if let state = d.stateName { line += " (state \(MarkdownEscaper.inline(state)))" }
                out.write(line + "\n")
                for note in d.notes {
                    out.write("  - note" + (note.position.map { " \($0.line):\($0.column)" } ?? "") + ": \(MarkdownEscaper.inline(note.message))\n")
                }
            }
        }
    }

    static func writeStates(_ input: ReportInput, into out: inout some TextOutputStream) {
        let withTimes = !input.stateWorstTimes.isEmpty
        var header = ["State", "Scope", "Type", "Resource", "Timeout", "Retries"]
        if withTimes { header.append("Worst time") }
        out.write("## States\n\n")
        MarkdownTable(header: header, rows: input.machine.allStates) { scope, state in
            let task = state.task
            let retries = state.retriers.isEmpty ? "–" : RetrySummary(retriers: state.retriers).badge.replacingOccurrences(of: "↻ ", with: "")
            var row = [
                MarkdownEscaper.inline(state.name), MarkdownEscaper.inline(scope.displayName), state.type?.rawValue ?? "?",
                task?.resource.map { MarkdownEscaper.code($0.arn) } ?? "–",
                task.map { $0.timeoutSeconds.map(Abbreviation.seconds) ?? "none" } ?? "–", retries,
            ]
            if withTimes { row.append(input.stateWorstTimes[state.name].map(MarkdownEscaper.inline) ?? "–") }
            return row
        }.write(into: &out)
    }

    /// Paths longer than this are folded under their step count, so the sections after them
    /// stay in reach on a long machine.
    static let foldedPathSteps = 25

    static func writeWorstCase(_ path: ReportPath, into out: inout some TextOutputStream) {
        out.write("## Worst-case path\n\n\(MarkdownEscaper.inline(path.caption))\n\n")
        let folded = path.steps.count > foldedPathSteps
        if folded { out.write("<details><summary>\(path.steps.count) states</summary>\n\n") }
        for (i, step) in path.steps.enumerated() {
            out.write("\(i + 1). \(MarkdownEscaper.inline(step.stateName))" + (step.time.map { " — \(MarkdownEscaper.inline($0))" } ?? "") + "\n")
        }
        if folded { out.write("\n</details>\n") }
    }

    static func writeCoverage(_ coverage: CoverageOverlay, machine: StateMachine, into out: inout some TextOutputStream) {
        let states = machine.allStates
        let covered = states.reduce(0) { $0 + (coverage.coveredStates.contains($1.state.name) ? 1 : 0) }
        out.write("## Coverage\n\n- States: \(covered) of \(states.count) (\(percent(covered, states.count)))\n")
        if let transitions = coverage.coveredTransitions {
            let all = MachineFacts(machine).transitionCount
            let hit = min(transitions.count, all)
            out.write("- Transitions: \(hit) of \(all) (\(percent(hit, all)))\n")
        }
        guard covered < states.count else { return }
        out.write("- Not covered: ")
        var first = true
        for (_, state) in states where !coverage.coveredStates.contains(state.name) {
            if !first { out.write(", ") }
            first = false
            out.write(MarkdownEscaper.inline(state.name))
        }
        out.write("\n")
    }

    /// Rounded down, as `coverage` prints it: 199 of 200 is 99.5 %, never 100 %.
    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : "\(CoverageThresholds.format(Double(part) * 100 / Double(whole))) %"
    }
}
