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
            PathsCommand.self, CoverageCommand.self, DiffCommand.self, RulesCommand.self, RenderSamplesCommand.self,
        ]
    )

    /// Argument Parser's own `main`, except that a usage error (a bad flag, a missing argument,
    /// a failed `validate()`) exits 2, as the README promises, instead of the parser's 64
    /// (EX_USAGE): CI scripts tell "the tool could not run" (2) from "findings" (1).
    static func main() {
        // The hidden worker mode `Pictures` re-executes this binary in (see `LayoutWorker`).
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.first == LayoutWorker.command { Foundation.exit(LayoutWorker.main(arguments: Array(arguments.dropFirst()))) }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
