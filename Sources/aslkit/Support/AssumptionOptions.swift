import ASLAnalysis
import ASLRender
import ASLSource
import ArgumentParser
import Foundation

/// The assumptions `analyze` and `audit` share; they override `.aslkit.yml` entry by entry.
struct AssumptionOptions: ParsableArguments {
    @Option(help: "Settings file (default: .aslkit.yml in the current directory, when present).")
    var config: String?

    @Option(help: "Machine type of every machine, whatever its source says: standard or express.")
    var type: MachineKindArgument?

    @Option(name: .customLong("map-items"), help: "Items a Map state receives, as NAME=COUNT (repeatable).")
    var mapItems: [String] = []

    @Option(name: .customLong("loop-bound"), help: "Most turns of the loop containing state NAME, as NAME=COUNT (repeatable).")
    var loopBounds: [String] = []

    @Option(name: .customLong("state-seconds"), help: "Seconds for a dynamic or missing timeout or wait, as NAME=SECONDS (repeatable).")
    var stateSeconds: [String] = []

    @Option(name: .customLong("memory-mb"), help: "Express memory in MB (billed in 64 MB chunks; default 64).")
    var memoryMB: Int?

    @Option(help: "Standard price in dollars per 1,000 state transitions (default 0.025, us-east-1).")
    var price: Double?

    func validate() throws {
        try OptionRanges.check(memoryMB, "--memory-mb", SettingRanges.expressMemoryMB)
        try OptionRanges.check(price, "--price", SettingRanges.pricePer1000Transitions)
        _ = try parsed()
    }

    /// `.aslkit.yml` (or `--config`) overridden by the flags; problems reading it go to stderr,
    /// and one that cannot be used is exit 2.
    func resolved() throws -> Assumptions { try resolvedSettings().assumptions }

    /// The assumptions as `resolved()` gives them, and the file's rule levels, from one read.
    func resolvedSettings() throws -> (assumptions: Assumptions, rules: RuleSettings) {
        let config = try SettingsFile.read(path: config)
        return (config.assumptions.merging(try parsed()), config.rules)
    }

    func parsed() throws -> Assumptions {
        var result = Assumptions(
            mapItems: try table(mapItems, "--map-items", SettingRanges.count),
            loopBounds: try table(loopBounds, "--loop-bound", SettingRanges.count),
            stateSeconds: try table(stateSeconds, "--state-seconds", SettingRanges.seconds))
        result.machineType = type.map { $0 == .express ? .express : .standard }
        if let memoryMB { result.expressMemoryMB = memoryMB }
        if let price { result.pricePerTransition = price / 1000 }
        return result
    }

    /// Loading and settings problems go to standard error, so the report stays parseable.
    func report(_ diagnostics: [Diagnostic]) { StandardError.report(diagnostics) }

    private func table(_ entries: [String], _ flag: String, _ range: ClosedRange<Int>) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for entry in entries {
            guard let eq = entry.lastIndex(of: "="), let n = Int(entry[entry.index(after: eq)...]), range.contains(n) else {
                throw ValidationError("\(flag) expects NAME=COUNT with a COUNT from \(range.lowerBound) to \(range.upperBound), got '\(entry)'")
            }
            result[String(entry[..<eq])] = n
        }
        return result
    }
}
