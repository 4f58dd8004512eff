import ASLAnalysis

/// Markdown helpers for the path and coverage reports.
enum ReportMarkdown {
    /// Text safe inside a table cell or list item: Markdown punctuation escaped, no HTML, no
    /// line breaks.
    static func escape(_ text: String) -> String {
        MarkdownEscaper.inline(text)
    }

    static func list(_ title: String, _ items: [String]) -> [String] {
        items.isEmpty ? [] : ["", "**\(title)**", ""] + items.map { "- \(escape($0))" }
    }
}

extension PathsReportFormatter {
    public static func markdown(_ report: PathReport) -> String {
        var text = ""
        writeMarkdown(report, into: &text)
        return text
    }

    /// The text of `markdown(_:)`, written into `out` line by line.
    public static func writeMarkdown(_ report: PathReport, into out: inout some TextOutputStream) {
        func line(_ text: String) {
            out.write(text)
            out.write("\n")
        }
        func lines(_ texts: [String]) { texts.forEach(line) }
        lines(["# Paths", "", "| Scope | States | Loops | Paths | Test paths |", "|---|---:|---:|---:|---:|"])
        for scope in report.scopes {
            let count = scope.hasReachableLoops ? "\(scope.pathCountText) (loops ≤ \(report.options.loopUnroll)×)" : scope.pathCountText
            line("| \(ReportMarkdown.escape(scope.name)) | \(scope.stateCount) | \(scope.loops.count) | \(count) | \(scope.testPathCount) |")
        }
        for scope in report.scopes {
            lines(["", "## \(ReportMarkdown.escape(scope.name))"])
            lines(ReportMarkdown.list("Unreachable states", scope.unreachableStates))
            lines(ReportMarkdown.list("Loops", scope.loops.map { $0.states.joined(separator: ", ") + ($0.isTrap ? " (trap: never ends)" : "") }))
            lines(["", "**Test paths**", ""])
            for (i, path) in scope.testPaths.enumerated() {
                line("\(i + 1). \(ReportMarkdown.escape(TestPathText.sequence(path)))")
                for step in TestPathText.steps(path) { line("   - \(ReportMarkdown.escape(step.state)): \(ReportMarkdown.escape(step.requirement))") }
            }
            if let omitted = TestPathText.omitted(scope) { lines(["", ReportMarkdown.escape(omitted)]) }
            lines(ReportMarkdown.list("Edges no complete path can take", scope.uncoverableEdges))
            if let primes = scope.primePaths {
                let title = "Prime paths (\(primes.paths.count)\(primes.capped ? ", stopped at the cap of \(primes.cap)" : ""))"
                lines(ReportMarkdown.list(title, primes.paths.map { TestPathText.abbreviation.text($0) }))
            }
        }
    }
}
