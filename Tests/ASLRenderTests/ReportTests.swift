import ASLRender
import ASLSource
import TestSupport
import Testing

@Suite struct ReportTests {
    static var fullInput: ReportInput {
        var input = ReportInput(title: "Charge flow", origin: "flows/charge.asl.json", machine: Fixtures.machine(Fixtures.small))
        input.diagnostics = [
            Diagnostic(ruleID: "state-unreachable", severity: .error, message: "Orphan is unreachable.", file: "flows/charge.asl.json",
                       position: SourcePosition(line: 30, column: 13), stateName: "Orphan"),
            Diagnostic(ruleID: "task-timeout-missing", severity: .warning, message: "Notify has no TimeoutSeconds.", file: "flows/charge.asl.json",
                       position: SourcePosition(line: 22, column: 49), stateName: "Notify",
                       notes: [Diagnostic.Note(message: "The default is 99999999 s.")]),
        ]
        input.svgLink = "charge flow.svg"
        input.metrics = ReportMetrics(
            pathCount: "5", worstCaseDuration: "18 min", bindingLimit: "Charge TimeoutSeconds with retries", maxAttempts: "4",
            transitionsPerExecution: "≤ 9", costPerExecution: "$0.000225")
        input.worstCasePath = ReportPath(
            caption: "worst case 18 min", steps: [.init(stateName: "Charge", time: "2 min 7 s"), .init(stateName: "Big?"), .init(stateName: "Done")])
        input.stateWorstTimes = ["Charge": "2 min 7 s", "Pause": "5 s"]
        input.coverage = CoverageOverlay(coveredStates: ["Charge", "Big?", "Done"], coveredTransitions: [TransitionRef(from: "Charge", to: "Big?")])
        input.diagram.highlight = HighlightedPath(stateNames: ["Charge", "Big?", "Done"], caption: "worst case 18 min")
        return input
    }

    @Test func fullReportGolden() {
        #expect(Golden.mismatch(MarkdownReport.render(Self.fullInput), golden: "small-report.md") == nil)
    }

    @Test func longWorstCasePathsAreFolded() {
        var input = Self.fullInput
        input.worstCasePath = ReportPath(caption: "worst case 2 h", steps: (1...26).map { .init(stateName: "S\($0)") })
        let report = MarkdownReport.render(input)
        #expect(report.contains("worst case 2 h\n\n<details><summary>26 states</summary>\n\n1. S1\n"))
        #expect(report.contains("26. S26\n\n</details>\n"))
        input.worstCasePath = ReportPath(caption: "worst case 2 h", steps: (1...25).map { .init(stateName: "S\($0)") })
        #expect(!MarkdownReport.render(input).contains("<details>"))
    }

    /// Coverage figures are rounded down, as `aslkit coverage` prints them (1 of 8 was "13 %").
    @Test func coveragePercentagesNeverRoundUp() {
        let report = MarkdownReport.render(Self.fullInput)
        #expect(report.contains("- States: 3 of 10 (30 %)\n- Transitions: 1 of 8 (12.5 %)\n"))
    }

    @Test func minimalReportLeavesOptionalSectionsOut() {
        let report = MarkdownReport.render(ReportInput(title: "Charge flow", origin: "x.json", machine: Fixtures.machine(Fixtures.small)))
        #expect(!report.contains("## Worst-case path"))
        #expect(!report.contains("## Coverage"))
        #expect(!report.contains("Worst time"))
        #expect(report.contains("| Unreachable states | 1: Orphan"))
        #expect(report.contains("No findings."))
    }

    @Test func findingsAreGroupedBySeverityWithPositions() {
        let report = MarkdownReport.render(Self.fullInput)
        let errors = report.range(of: "### Errors (1)")!, warnings = report.range(of: "### Warnings (1)")!
        #expect(errors.lowerBound < warnings.lowerBound)
        #expect(report.contains("- `flows/charge.asl.json:30:13` `state-unreachable` Orphan is unreachable. (state Orphan)"))
        #expect(report.contains("- States: 3 of 10 (30 %)"))
    }

    @Test(arguments: Fixtures.sampleNames)
    func sampleMermaidGolden(_ name: String) throws {
        let mermaid = MermaidWriter().write(try Fixtures.sample(name))
        #expect(Golden.mismatch(mermaid, golden: "samples/" + name.replacingOccurrences(of: ".asl.json", with: ".mmd")) == nil)
    }

    @Test func smallMermaidGolden() {
        var options = DiagramOptions()
        options.highlight = HighlightedPath(stateNames: ["Charge", "Big?", "Fan out", "Done"], caption: "worst case")
        #expect(Golden.mismatch(MermaidWriter(options: options).write(Fixtures.machine(Fixtures.small)), golden: "small.mmd") == nil)
    }
}
