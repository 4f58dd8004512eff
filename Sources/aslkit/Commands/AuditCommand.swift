import ASLAnalysis
import ASLRender
import ArgumentParser

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Fail CI when a state machine breaks a time, retry, transition or cost budget.",
        discussion: """
            Budgets come from flags and from the budgets section of .aslkit.yml (flags win). A budget that \
            cannot be shown to hold (unbounded) counts as broken. Exit status: 0 all within budget, 1 a budget \
            is broken or unbounded, 2 nothing could be loaded.
            """
    )

    @Argument(help: "Files or directories holding state machines.")
    var paths: [String]

    @OptionGroup var budgets: BudgetOptions

    @OptionGroup var assumptions: AssumptionOptions
    @OptionGroup var loading: LoadOptions

    func run() throws {
        let config = try SettingsFile.read(path: assumptions.config)
        let flags = try budgets.parsed()
        let run = TimingRunner.audit(
            paths: paths, budgets: config.budgets.merging(flags),
            assumptions: config.assumptions.merging(try assumptions.parsed()), loading: loading.policy)
        assumptions.report(run.diagnostics)
        try OutputWriter.standardOutput.write(AuditTextRenderer.render(run.audits))
        throw ExitCode(run.exitCode)
    }
}
