import ASLAnalysis

/// `aslkit coverage` output: text, JSON and Markdown.
public enum CoverageReportFormatter {
    public static func text(_ report: CoverageReport) -> String {
        var lines = ["executions: \(report.executions.count)"]
        for execution in report.executions {
            lines.append("  \(execution.source): \(execution.status), \(execution.events) events")
            if !execution.mismatches.isEmpty {
                lines.append("  warning: this history does not match the definition (another version?):")
                lines += execution.mismatches.map { "    - \($0)" }
            }
        }
        lines.append("total: " + figuresText(report.total))
        for scope in report.scopes {
            let parent = scope.parentState.map { " — run by \"\($0)\"" } ?? ""
            guard scope.observable else {
                lines.append("\(scope.name)\(parent): " + figuresText(scope.figures))
                lines.append("  unknown: \(unobservedNote)")
                continue
            }
            lines.append("\(scope.name)\(parent), \(scope.runs) run\(scope.runs == 1 ? "" : "s"): " + figuresText(scope.figures))
            for (title, items) in missedLists(scope) where !items.isEmpty {
                lines.append("  \(title): \(items.joined(separator: "; "))")
            }
        }
        if hasAmbiguity(report) { lines.append(ambiguityLegend) }
        return TerminalText.lines(lines)
    }

    static let unobservedNote =
        "its states ran in child executions of the distributed Map, whose histories were not given; they count as not covered. Add them (aws stepfunctions list-executions --map-run-arn ARN, then get-execution-history for each) to count them."
    static let ambiguityLegend =
        "+N? counts elements the histories possibly exercised without saying which (two Choice rules with one target, a retry whose error is not recorded); they are not counted as covered."

    static func hasAmbiguity(_ report: CoverageReport) -> Bool {
        let f = report.total
        return [f.states, f.edges, f.choiceBranches, f.catches, f.retriers].contains { $0.ambiguous > 0 }
    }

    static func missedLists(_ scope: ScopeCoverage) -> [(String, [String])] {
        [
            ("never entered", scope.missedStates), ("Choice branches never taken", scope.missedChoiceBranches),
            ("catches never taken", scope.missedCatches), ("Next edges never taken", scope.missedNextEdges),
            ("possibly taken (the history cannot say which)", scope.ambiguousEdges),
            ("retriers never fired", scope.missedRetriers), ("retriers possibly fired", scope.ambiguousRetriers),
        ]
    }

    static func figuresText(_ figures: CoverageFigures) -> String {
        [("states", figures.states), ("edges", figures.edges), ("Choice branches", figures.choiceBranches),
         ("catches", figures.catches), ("retriers", figures.retriers)]
            .map { "\($0.0) \(ratioText($0.1))" }.joined(separator: ", ")
    }

    static func ratioText(_ ratio: CoverageRatio) -> String {
        guard let percent = ratio.percent else { return "n/a (0)" }
        let ambiguous = ratio.ambiguous > 0 ? " +\(ratio.ambiguous)?" : ""
        let unknown = ratio.unknown > 0 ? ", \(ratio.unknown) unknown" : ""
        return "\(CoverageThresholds.format(percent))% (\(ratio.covered)\(ambiguous)/\(ratio.total)\(unknown))"
    }

    public static func json(_ report: CoverageReport) -> String {
        ReportJSON.object([
            ("executions", .array(report.executions.map { e in
                .object([("source", .string(e.source)), ("status", .string(e.status)), ("events", .int(e.events)), ("mismatches", .strings(e.mismatches))])
            })),
            ("total", figuresJSON(report.total)),
            ("scopes", .array(report.scopes.map { scope in
                .object([
                    ("scope", .string(scope.pointer)), ("name", .string(scope.name)),
                    ("parentState", scope.parentState.map(ReportJSON.string) ?? .null), ("observable", .bool(scope.observable)), ("runs", .int(scope.runs)),
                    ("figures", figuresJSON(scope.figures)),
                    ("entries", .object(scope.entries.map { ($0.state, .int($0.count)) })),
                    ("edges", .array(scope.edges.map { .object([("from", .string($0.from)), ("to", .string($0.to)), ("kind", .string(EdgeText.label($0.kind))), ("status", .string($0.status.rawValue))]) })),
                    ("missedRetriers", .strings(scope.missedRetriers)), ("ambiguousRetriers", .strings(scope.ambiguousRetriers)),
                ])
            })),
        ]).rendered()
    }

    static func figuresJSON(_ figures: CoverageFigures) -> ReportJSON {
        func ratio(_ r: CoverageRatio) -> ReportJSON {
            .object([("covered", .int(r.covered)), ("ambiguous", .int(r.ambiguous)), ("unknown", .int(r.unknown)), ("total", .int(r.total)), ("percent", r.percent.map(ReportJSON.percent) ?? .null)])
        }
        return .object([("states", ratio(figures.states)), ("edges", ratio(figures.edges)), ("choiceBranches", ratio(figures.choiceBranches)), ("catches", ratio(figures.catches)), ("retriers", ratio(figures.retriers))])
    }
}
