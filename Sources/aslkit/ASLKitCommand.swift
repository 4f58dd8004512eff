import ASLGraphviz
import ArgumentParser
import Foundation

@main
struct ASLKitCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "aslkit",
        abstract: "Validate, analyse and draw AWS Step Functions state machines.",
        version: version,
        subcommands: [
            ValidateCommand.self, ReportCommand.self, RenderCommand.self, AnalyzeCommand.self, AuditCommand.self,
            PathsCommand.self, CoverageCommand.self, DiffCommand.self, PRCommentCommand.self, RulesCommand.self, RenderSamplesCommand.self,
        ]
    )

    /// Argument Parser's own `main`, except that a usage error (a bad flag, a missing argument,
    /// a failed `validate()`) exits 2, as the README promises, instead of the parser's 64
    /// (EX_USAGE): CI scripts tell "the tool could not run" (2) from "findings" (1). So does
    /// output that cannot be written (`OutputError`). SIGPIPE is ignored, so that a reader that
    /// goes away (`| head`) is an `EPIPE` the output writer drops quietly, not a killed process.
    static func main() {
        // The hidden worker mode `Pictures` re-executes this binary in (see `LayoutWorker`).
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.first == LayoutWorker.command { Foundation.exit(LayoutWorker.main(arguments: Array(arguments.dropFirst()))) }
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as OutputError {
            StandardError.line(error.description)
            Foundation.exit(2)
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardError.line(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
