import ASLAnalysis
import ASLLoad
import ASLModel
import ASLRender
import ASLSource
import ArgumentParser
import Foundation

/// `aslkit paths FILE…`: loops, path counts, a small set of test paths, prime paths.
struct PathsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paths",
        abstract: "Count execution paths and list a small set of test paths covering every state and edge.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Argument(help: "State machine definitions, templates or directories.")
    var paths: [String]

    @Option(help: "Count paths that take each loop at most this many times.")
    var loopUnroll: Int = 1

    @Flag(help: "Also list prime paths (Ammann and Offutt).")
    var primePaths = false

    @Option(help: "Stop listing prime paths after this many per scope.")
    var primePathCap: Int = 1_000

    @Option(help: "List at most this many test paths per scope (all are counted).")
    var maxTestPaths: Int = 100

    @Flag(help: "List every test path, however many.")
    var allTestPaths = false

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    @OptionGroup var loading: LoadOptions

    func validate() throws {
        guard maxTestPaths >= 1 else { throw ValidationError("--max-test-paths must be at least 1.") }
        try OptionRanges.check(loopUnroll, "--loop-unroll", SettingRanges.loopUnroll)
        try OptionRanges.check(primePathCap, "--prime-path-cap", 1...SettingRanges.count.upperBound)
    }

    func run() throws {
        let options = PathOptions(
            loopUnroll: loopUnroll, includePrimePaths: primePaths, primePathCap: primePathCap,
            testPathLimit: allTestPaths ? nil : maxTestPaths)
        var loaded = Loader.load(paths: paths, policy: loading.policy)
        for diagnostic in loaded.diagnostics { StandardError.line("\(diagnostic.file): \(diagnostic.message)") }
        guard !loaded.machines.isEmpty else { throw ExitCode(2) }
        let count = loaded.machines.count
        // Each document is dropped once its model is built: paths read only the model.
        let machines = HandOut(loaded.machines)
        loaded.machines = []
        for index in 0..<count {
            let machine = machines.take(index)
            let name = machine.origin.displayName
            let model = StateMachineBuilder.build(machine.definition, keepingDocument: false)
            _ = consume machine
            if count > 1 && format != .json { try OutputWriter.standardOutput.write("== \(name)\n") }
            // Text and JSON are written a scope at a time, as each is analysed; Markdown opens
            // with a table of every scope, so it analyses them all first and drops the model.
            switch format {
            case .text:
                try OutputWriter.standardOutput.write(streaming: { out in
                    PathsReportFormatter.writeText(options: options, into: &out) { PathAnalysis.forEachScope(of: model, options: options, $0) }
                })
            case .json:
                try OutputWriter.standardOutput.write(streaming: { out in
                    PathsReportFormatter.writeJSON(options: options, into: &out) { PathAnalysis.forEachScope(of: model, options: options, $0) }
                })
            case .markdown:
                let report = PathAnalysis.analyze(consume model, options: options)
                try OutputWriter.standardOutput.write(streaming: { PathsReportFormatter.writeMarkdown(report, into: &$0) })
            }
        }
    }
}
