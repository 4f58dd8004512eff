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
        HeapPolicy.apply()
        do {
            if let invocation = ValidateInvocation.plain(arguments) {
                try invocation.run()
            } else {
                var command = try parseCommand(Array(arguments))
                try command.run()
            }
        } catch let code as ExitCode {
            // What `exit(withError:)` does with an `ExitCode` (it prints nothing), without the
            // help text it builds first and throws away: 6.5 M instructions at every exit.
            Foundation.exit(code.rawValue)
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

    /// The command `arguments` name. When the first one names a subcommand, that subcommand's
    /// arguments are parsed on their own first: ArgumentParser's first parse of the whole tree
    /// costs about 19 M instructions (mostly the runtime's first protocol-conformance look-ups
    /// for every command's properties), half of `aslkit validate`'s start-up. Anything that is
    /// not a plain success there (help, `--version`, a usage error, a completion request) is
    /// parsed again from the root, so what is printed and the exit status are the root's.
    static func parseCommand(_ arguments: [String]) throws -> any ParsableCommand {
        if let name = arguments.first,
           let subcommand = configuration.subcommands.first(where: { $0._commandName == name }),
           let command = try? subcommand.parseAsRoot(Array(arguments.dropFirst())),
           type(of: command) == subcommand {
            return command
        }
        return try parseAsRoot(arguments)
    }
}
