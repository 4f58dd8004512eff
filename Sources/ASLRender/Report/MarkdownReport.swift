import ASLAnalysis
import ASLModel
import ASLSource

/// A Markdown report of one machine: summary, Mermaid diagram, findings, states, and the
/// optional analysis sections. Written for GitHub and for reading as plain text: every name
/// is escaped, tables are plain pipe tables, and the only HTML is the `<details>` that folds a
/// long worst-case path, which reads as text too.
public enum MarkdownReport {
    public static func render(_ input: ReportInput) -> String {
        var sections = [header(input), summary(input), diagram(input), diagnostics(input), states(input)]
        if let path = input.worstCasePath { sections.append(worstCase(path)) }
        if let coverage = input.coverage { sections.append(self.coverage(coverage, machine: input.machine)) }
        return sections.joined(separator: "\n") 
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

    static func summary(_ input: ReportInput) -> String {
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
        let errors = input.diagnostics.filter { $0.severity == .error }.count
        let warnings = input.diagnostics.filter { $0.severity == .warning }.count
        rows.append(("Findings", "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"))
        return "## Summary\n\n" + MarkdownTable(header: ["Measure", "Value"], rows: rows.map { [$0.0, $0.1] }).text
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

    static func diagnostics(_ input: ReportInput) -> String {
        var text = "## Findings\n\n"
        guard !input.diagnostics.isEmpty else { return text + "No findings.\n" }
        for severity in Severity.allCases.reversed() {
            let group = input.diagnostics.filter { $0.severity == severity }.sorted()
            guard !group.isEmpty else { continue }
            let title = severity == .error ? "Errors" : severity == .warning ? "Warnings" : "Notes"
            text += "### \(title) (\(group.count))\n\n"
            for d in group {
                let place = d.file + (d.position.map { ":\($0.line):\($0.column)" } ?? "")
                var line = "- \(MarkdownEscaper.code(place)) \(MarkdownEscaper.code(d.ruleID)) \(MarkdownEscaper.inline(d.message))"
                if let state = d.stateName { line += " (state \(MarkdownEscaper.inline(state)))" }
                text += line + "\n"
                for note in d.notes {
                    text += "  - note" + (note.position.map { " \($0.line):\($0.column)" } ?? "") + ": \(MarkdownEscaper.inline(note.message))\n"
                }
            }
            text += "\n"
        }
        return String(text.dropLast())
    }

    static func states(_ input: ReportInput) -> String {
        let withTimes = !input.stateWorstTimes.isEmpty
        var header = ["State", "Scope", "Type", "Resource", "Timeout", "Retries"]
        if withTimes { header.append("Worst time") }
        var rows: [[String]] = []
        for (scope, state) in input.machine.allStates {
            let task = state.task
            let retries = state.retriers.isEmpty ? "–" : RetrySummary(retriers: state.retriers).badge.replacingOccurrences(of: "↻ ", with: "")
            var row = [
                MarkdownEscaper.inline(state.name), MarkdownEscaper.inline(scope.displayName), state.type?.rawValue ?? "?",
                task?.resource.map { MarkdownEscaper.code($0.arn) } ?? "–",
                task.map { $0.timeoutSeconds.map(Abbreviation.seconds) ?? "none" } ?? "–", retries,
            ]
            if withTimes { row.append(input.stateWorstTimes[state.name].map(MarkdownEscaper.inline) ?? "–") }
            rows.append(row)
        }
        return "## States\n\n" + MarkdownTable(header: header, rows: rows).text
    }

    /// Paths longer than this are folded under their step count, so the sections after them
    /// stay in reach on a long machine.
    static let foldedPathSteps = 25

    static func worstCase(_ path: ReportPath) -> String {
        var list = ""
        for (i, step) in path.steps.enumerated() {
            list += "\(i + 1). \(MarkdownEscaper.inline(step.stateName))" + (step.time.map { " — \(MarkdownEscaper.inline($0))" } ?? "") + "\n"
        }
        let text = "## Worst-case path\n\n\(MarkdownEscaper.inline(path.caption))\n\n"
        guard path.steps.count > foldedPathSteps else { return text + list }
        return text + "<details><summary>\(path.steps.count) states</summary>\n\n" + list + "\n</details>\n"
    }

    static func coverage(_ coverage: CoverageOverlay, machine: StateMachine) -> String {
        let names = machine.allStates.map(\.state.name)
        let covered = names.filter { coverage.coveredStates.contains($0) }
        let missing = names.filter { !coverage.coveredStates.contains($0) }
        var text = "## Coverage\n\n- States: \(covered.count) of \(names.count) (\(percent(covered.count, names.count)))\n"
        if let transitions = coverage.coveredTransitions {
            let all = MachineFacts(machine).transitionCount
            let hit = min(transitions.count, all)
            text += "- Transitions: \(hit) of \(all) (\(percent(hit, all)))\n"
        }
        if !missing.isEmpty {
            text += "- Not covered: " + missing.map(MarkdownEscaper.inline).joined(separator: ", ") + "\n"
        }
        return text
    }

    /// Rounded down, as `coverage` prints it: 199 of 200 is 99.5 %, never 100 %.
    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : "\(CoverageThresholds.format(Double(part) * 100 / Double(whole))) %"
    }
}
