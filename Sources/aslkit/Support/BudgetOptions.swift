import ASLAnalysis
import ArgumentParser

/// The budget flags `audit` and `diff` share.
struct BudgetOptions: ParsableArguments {
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

    func validate() throws {
        try OptionRanges.check(maxAttempts, "--max-attempts", SettingRanges.count)
        try OptionRanges.check(maxTransitions, "--max-transitions", SettingRanges.count)
        try OptionRanges.check(maxCost, "--max-cost", SettingRanges.dollars)
        _ = try parsed()
    }

    func parsed() throws -> Budgets {
        let seconds = try maxDuration.map { text in
            guard let seconds = DurationText.seconds(text), seconds <= Double(SettingRanges.seconds.upperBound) else {
                throw ValidationError("--max-duration expects a duration like 90s, 15m, 2h or 1d, at most 100 years, got '\(text)'")
            }
            return seconds
        }
        return Budgets(
            maxDurationSeconds: seconds, maxAttempts: maxAttempts, maxTransitions: maxTransitions, maxCost: maxCost,
            requireTimeouts: requireTimeouts)
    }
}
