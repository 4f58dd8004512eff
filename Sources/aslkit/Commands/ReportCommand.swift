import ASLRender
import ArgumentParser
import Foundation

/// `aslkit report PATH...`: one Markdown report per machine (summary, diagram, findings,
/// states, worst case, coverage).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write a Markdown report of each state machine.",
        discussion: "Exit status: 0, 1 when a machine has an error finding, 2 when nothing could be loaded.")

    @Argument(help: "Files or directories holding state machines.") var paths: [String]
    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?
    @Option(help: "Link to an SVG rendering, shown under the diagram.") var svgLink: String?
    @OptionGroup var diagram: DiagramArguments
    @OptionGroup var loading: LoadOptions

    func run() throws {
        let progress = TerminalProgress.line(verb: "reported", noun: "machines")
        var options = try diagram.reportOptions(svgLink: svgLink)
        options.outputs = .markdown
        options.releaseFreedMemory = HeapPolicy.releaseFreedPages
        let built = MachineReportBuilder.build(paths: paths, options: options, loading: loading.policy, progress: progress)
        progress?.finish()
        diagram.assumptions.report(built.loadDiagnostics)
        // Line by line: no report's text is held whole, nor all of them joined.
        try OutputWriter(path: output).write(streaming: { out in
            for (index, report) in built.reports.enumerated() {
                if index > 0 { out.write("\n---\n\n") }
                report.writeMarkdown(into: &out)
            }
        })
        if built.reports.isEmpty { throw ExitCode(2) }
        if built.reports.contains(where: { $0.diagnostics.contains { $0.severity == .error } }) { throw ExitCode(1) }
    }
}
