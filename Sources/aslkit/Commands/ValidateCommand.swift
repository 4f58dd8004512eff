import ASLAnalysis
import ASLLoad
import ASLRender
import ArgumentParser
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check state machines in files and directories (ASL, CloudFormation, SAM, Serverless, CDK).",
        discussion: "Exit status: 0 clean, 1 when an error (or with --strict a warning) was found, 2 for usage errors or unreadable input."
    )

    @Argument(help: "Files or directories to check; `-` alone reads one document from standard input.")
    var paths: [String]

    @Option(help: "The file name findings give for standard input; its extension picks JSON or YAML.")
    var stdinFilename = "<stdin>"

    @Option(help: "Output format: text, json, sarif or github.")
    var format: DiagnosticFormat = .text

    @Flag(help: "Treat warnings as errors for the exit status.")
    var strict = false

    @Option(help: "Check every machine as this type, whatever its source says: standard or express.")
    var type: MachineKindArgument?

    @OptionGroup var rules: RuleOptions
    @OptionGroup var loading: LoadOptions

    @Option(help: "Settings file with `rules:` levels and `machine-type` (default: .aslkit.yml in the current directory, when present).")
    var config: String?

    func validate() throws {
        if paths.contains("-") && paths.count > 1 { throw ValidationError("`-` (standard input) must be the only path.") }
    }

    func run() throws {
        try ValidateInvocation(
            paths: paths, stdinFilename: stdinFilename, format: format, strict: strict, type: type,
            ignoredRules: rules.ignoredRules, loading: loading.policy, config: config
        ).run()
    }

    /// Checks `paths`, printing `text` and `github` findings file by file as they are found
    /// (the same bytes as rendering the whole run); `json` and `sarif` keep them for the end.
    /// The progress line is cleared before each batch (the runner redraws it after, on this thread).
    static func streamingFindings(
        paths: [String], options: ValidationRunner.Options, format: DiagnosticFormat, colored: Bool, progress: ProgressLine?
    ) throws(OutputError) -> ValidationRun {
        var failure: OutputError?
        let run = ValidationRunner.run(paths: paths, options: options, keepingDiagnostics: !format.streams) { findings in
            guard format.streams, failure == nil else { return }
            progress?.finish()
            // A thousand findings at a time: one file with a warning on each of 50,000 states
            // would otherwise make 8 MB of text before writing a byte of it.
            do throws(OutputError) {
                try OutputWriter.standardOutput.write { out in
                    var start = findings.startIndex
                    while start < findings.endIndex {
                        let end = min(start + 1_000, findings.endIndex)
                        out.write(format.renderFindings(findings[start..<end], colored: colored))
                        start = end
                    }
                }
            } catch { failure = error }
        }
        if let failure { throw failure }
        return run
    }

    /// Standard input, read up to the file size limit.
    static func loadStandardInput(named name: String, policy: LoadPolicy) -> LoadResult {
        switch FileContents.read(descriptor: STDIN_FILENO) {
        case .success(let bytes): Loader.load(bytes: bytes, path: name, policy: policy)
        case .failure(let failure): LoadResult(diagnostics: [failure.diagnostic(file: name)], filesScanned: 1)
        }
    }
}

enum MachineKindArgument: String, ExpressibleByArgument, CaseIterable {
    case standard, express
}

extension DiagnosticFormat: ExpressibleByArgument {}
