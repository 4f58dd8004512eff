import ASLAnalysis

extension CoverageReportFormatter {
    public static func markdown(_ report: CoverageReport) -> String {
        var lines = ["# Coverage", "", "\(report.executions.count) execution(s): " + report.executions.map { "\(ReportMarkdown.escape($0.source)) (\($0.status))" }.joined(separator: ", ")]
        for execution in report.executions where !execution.mismatches.isEmpty {
            lines += ReportMarkdown.list("\(execution.source) does not match the definition", execution.mismatches)
        }
        lines += ["", "| Scope | States | Edges | Choice branches | Catches | Retriers |", "|---|---:|---:|---:|---:|---:|"]
        func row(_ name: String, _ f: CoverageFigures) -> String {
            "| \(name) | " + [f.states, f.edges, f.choiceBranches, f.catches, f.retriers].map(ratioText).joined(separator: " | ") + " |"
        }
        for scope in report.scopes {
            lines.append(row(ReportMarkdown.escape(scope.name) + (scope.observable ? "" : " (unknown¹)"), scope.figures))
        }
        lines.append(row("**total**", report.total))
        if report.scopes.contains(where: { !$0.observable }) { lines += ["", "¹ " + unobservedNote.prefix(1).uppercased() + unobservedNote.dropFirst()] }
        if hasAmbiguity(report) { lines += ["", ReportMarkdown.escape(ambiguityLegend)] }
        for scope in report.scopes where scope.observable {
            let lists = missedLists(scope).filter { !$0.1.isEmpty }
            guard !lists.isEmpty else { continue }
            lines += ["", "## \(ReportMarkdown.escape(scope.name))"]
            for (title, items) in lists { lines += ReportMarkdown.list(title.prefix(1).uppercased() + title.dropFirst(), items) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
