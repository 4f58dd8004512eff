import ASLAnalysis
import ASLLoad
import ASLModel
import ASLRender
import ArgumentParser
import Foundation

/// `aslkit coverage DEFINITION HISTORY…`: what real executions exercised, from
/// `aws stepfunctions get-execution-history` output. Exit 1 below a threshold, 2 on bad input.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Measure state, edge, Choice, Catch and Retry coverage from execution histories.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Argument(help: "The state machine definition (ASL or a template with one machine).")
    var definition: String

    @Argument(help: "Execution history files (get-execution-history JSON, pages in order) or directories of them.")
    var histories: [String]

    @Option(help: "Exit 1 when edge coverage (percent) is below this.")
    var minEdgeCoverage: Double?

    @Option(help: "Exit 1 when state coverage (percent) is below this.")
    var minStateCoverage: Double?

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    @OptionGroup var loading: LoadOptions

    func validate() throws {
        try OptionRanges.check(minEdgeCoverage, "--min-edge-coverage", SettingRanges.percent)
        try OptionRanges.check(minStateCoverage, "--min-state-coverage", SettingRanges.percent)
    }

    func run() throws {
        let loaded = Loader.load(paths: [definition], policy: loading.policy)
        for diagnostic in loaded.diagnostics { StandardError.line("\(diagnostic.file): \(diagnostic.message)") }
        guard loaded.machines.count == 1, let machine = loaded.machines.first else {
            StandardError.line("\(definition): expected exactly one state machine, found \(loaded.machines.count)")
            throw ExitCode(2)
        }
        let report: CoverageReport
        let progress = TerminalProgress.line(verb: "read", noun: "histories")
        do {
            let loaded = try ExecutionHistory.load(paths: histories, progress: progress)
            progress?.finish()
            report = CoverageAnalysis.measure(StateMachineBuilder.build(machine.definition), histories: loaded)
        } catch {
            progress?.finish()
            StandardError.line("\(error)")
            throw ExitCode(2)
        }
        switch format {
        case .text: try OutputWriter.standardOutput.write(CoverageReportFormatter.text(report))
        case .json: try OutputWriter.standardOutput.write(CoverageReportFormatter.json(report))
        case .markdown: try OutputWriter.standardOutput.write(CoverageReportFormatter.markdown(report))
        }
        if report.hasMismatches {
            StandardError.line("coverage: warning: some histories do not match the definition (see the report)")
        }
        let violations = CoverageThresholds(minStatePercent: minStateCoverage, minEdgePercent: minEdgeCoverage).violations(in: report)
        for violation in violations { StandardError.line("coverage: \(violation)") }
        if !violations.isEmpty { throw ExitCode(1) }
    }
}
