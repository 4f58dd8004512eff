import ASLAnalysis

/// The Markdown report of `aslkit analyze --format markdown`, for pull-request comments.
public enum TimingMarkdownRenderer {
    public static func render(file: String, report: TimingReport, cost: CostEstimate) -> String {
        var lines = ["### Time and cost: `\(file)` (\(TimingPhrases.machineType(report.machineType)))", ""]
        lines.append("| | Best | Worst |")
        lines.append("|---|---|---|")
        lines.append("| Duration | \(SecondsText.format(report.bestSeconds)) | \(cell(TimingPhrases.worstHeadline(report))) |")
        lines.append("| State transitions | \(report.minTransitions.map(String.init) ?? "unbounded") | \(report.maxTransitions.map(String.init) ?? "unbounded") |")
        lines.append("| Cost per execution | \(Dollars.format(cost.minDollars)) | \(Dollars.format(cost.maxDollars)) |")
        lines.append("")
        lines.append("Most attempts of one state: \(report.maxAttempts)\(report.maxAttemptsState.map { " (\(cell($0)))" } ?? ""). Cost basis: \(cost.basis.joined(separator: "; ")).")
        lines.append("")
        lines.append("**Worst-case path**")
        lines.append("")
        lines += TimingTextRenderer.witness(report.worstPath, indent: "").map(listItem)
        lines.append("")
        lines.append("**Best case:** \(report.bestPath.isEmpty ? "no successful path" : cell(TimingPhrases.path(report.bestPath)))")
        if !report.unbounded.isEmpty || !report.findings.isEmpty || !report.notes.isEmpty {
            lines.append("")
            lines += report.findings.map { "- :warning: `\($0.ruleID)` \(cell($0.message))" }
            lines += report.unbounded.map { "- unbounded: **\(cell($0.state))** (\(cell($0.scope))): \(cell($0.message))" }
            lines += report.notes.map { "- note: \(cell($0))" }
        }
        lines.append("")
        lines.append("<details><summary>Per state</summary>")
        lines.append("")
        lines.append("| State | Scope | Type | Timeout | Retriers | Attempts | Back-off | Worst |")
        lines.append("|---|---|---|---|---:|---:|---:|---:|")
        for row in report.states {
            let retriers = row.retriers == row.firingRetriers ? "\(row.retriers)" : "\(row.firingRetriers) of \(row.retriers)"
            lines.append(
                "| \(cell(row.state)) | \(cell(row.scope)) | \(row.type) | \(cell(TimingPhrases.timeout(row.timeout))) | \(retriers) | \(row.maxAttempts) | \(SecondsText.format(row.retryWaitSeconds)) | \(SecondsText.format(row.worstSeconds)) |"
            )
        }
        lines.append("")
        lines.append("</details>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A numbered witness line: the indentation and `N. ` stay list syntax, the rest (which
    /// holds state names) is escaped.
    static func listItem(_ line: String) -> String {
        let indent = line.prefix { $0 == " " }
        let rest = line.dropFirst(indent.count)
        let number = rest.prefix { $0.isNumber }
        guard !number.isEmpty, rest.dropFirst(number.count).hasPrefix(". ") else { return indent + cell(String(rest)) }
        return indent + number + ". " + cell(String(rest.dropFirst(number.count + 2)))
    }

    /// Escapes the characters that would end a table cell or start markup.
    static func cell(_ text: String) -> String {
        MarkdownEscaper.cell(text)
    }
}
