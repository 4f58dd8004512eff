import ASLAnalysis
import ASLRender
import ASLSource
import ArgumentParser
import Foundation

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Worst-case duration (with its path), retries, state transitions and cost per execution.",
        discussion: """
            Unknowns (Map item counts, loop bounds, dynamic timeouts and waits) are reported as unbounded \
            unless assumed with flags or in .aslkit.yml. Exit status: 0, or 2 when no machine could be loaded.
            """
    )

    @Argument(help: "Files or directories holding state machines.")
    var paths: [String]

    @Option(help: "Output format: text, json or markdown.")
    var format: TimingFormat = .text

    @OptionGroup var assumptions: AssumptionOptions
    @OptionGroup var loading: LoadOptions

    func run() throws {
        let config = try SettingsFile.read(path: assumptions.config)
        let run = TimingRunner.analyze(
            paths: paths, assumptions: config.assumptions.merging(try assumptions.parsed()), loading: loading.policy)
        assumptions.report(run.diagnostics)
        try OutputWriter.standardOutput.write(streaming: { format.write(run, into: &$0) })
        if run.machines.isEmpty { throw ExitCode(2) }
    }
}

extension TimingFormat: ExpressibleByArgument {}
