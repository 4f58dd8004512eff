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

    @Option(name: .customLong("max-duration"), help: "Worst-case duration, e.g. 90s, 15m, 2h, 1d.")
    var maxDuration: String?

    @Option(name: .customLong("max-attempts"), help: "Attempts of any one state execution (1 + retries).")
    var maxAttempts: Int?

    @Option(name: .customLong("max-transitions"), help: "State transitions of one execution.")
    var maxTransitions: Int?

    @Option(name: .customLong("max-cost"), help: "Dollars per execution.")
    var maxCost: Double?

    @Flag(name: .customLong("require-timeouts"), help: "Every Task must have a literal TimeoutSeconds.")
    var requireTimeouts = false

    @OptionGroup var assumptions: AssumptionOptions

    func run() throws {
        let config = TimingRunner.readConfig(path: assumptions.config)
        let flags = Budgets(
            maxDurationSeconds: try maxDuration.map(Self.seconds), maxAttempts: maxAttempts,
            maxTransitions: maxTransitions, maxCost: maxCost, requireTimeouts: requireTimeouts)
        let run = TimingRunner.audit(
            paths: paths, budgets: config.budgets.merging(flags),
            assumptions: config.assumptions.merging(try assumptions.parsed()))
        assumptions.report(config.diagnostics + run.diagnostics)
        print(AuditTextRenderer.render(run.audits), terminator: "")
        throw ExitCode(run.exitCode)
    }

    private static func seconds(_ text: String) throws -> Double {
        guard let seconds = DurationText.seconds(text) else {
            throw ValidationError("--max-duration expects a duration like 90s, 15m, 2h or 1d, got '\(text)'")
        }
        return seconds
    }
}
