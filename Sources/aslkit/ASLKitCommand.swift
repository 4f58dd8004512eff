import ArgumentParser

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
}
