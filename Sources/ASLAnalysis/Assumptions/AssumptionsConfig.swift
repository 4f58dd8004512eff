import ASLLoad
import ASLSource

/// The `.aslkit.yml` settings: the timing analysis's assumptions, the audit's budgets and the
/// rule levels validation applies, read from a located
/// document (ASLLoad's YAML or JSON reader produces it, so this target needs no YAML library):
///
/// ```yaml
/// machine-type: EXPRESS              # or STANDARD (default)
/// express-memory-mb: 128             # default 64
/// price-per-1000-transitions: 0.025  # default, us-east-1 Standard
/// map-items: { Each order: 50 }
/// loop-bounds: { Poll status: 10 }
/// state-seconds: { Wait for approval: 3600 }
/// budgets: { max-duration: 15m, max-attempts: 10, max-transitions: 500, max-cost: 0.01, require-timeouts: true }
/// rules: { task-timeout-missing: off, choice-default-missing: error }   # off, note, warning, error
/// ```
public struct AssumptionsConfig: Sendable {
    public var assumptions = Assumptions()
    public var budgets = Budgets()
    public var rules = RuleSettings()
    /// Rule `config-value`: a value that cannot be used (out of `SettingRanges`, the wrong type)
    /// is an error, which stops every command with exit 2; an unknown key or rule id is a
    /// warning (it may be a newer aslkit's).
    public var diagnostics: [Diagnostic] = []

    public init() {}

    public init(document root: LocatedNode, file: String) {
        for member in root.members ?? [] {
            let value = member.value
            switch member.key {
            case "machine-type":
                if let type = value.stringValue.flatMap({ Assumptions.MachineType(rawValue: $0.uppercased()) }) {
                    assumptions.machineType = type
                } else { refuse(member, "must be STANDARD or EXPRESS", file) }
            case "express-memory-mb": assumptions.expressMemoryMB = integer(member, in: SettingRanges.expressMemoryMB, file)
            case "price-per-1000-transitions":
                assumptions.pricePerTransition = number(member, in: SettingRanges.pricePer1000Transitions, file).map { $0 / 1000 }
            case "map-items": assumptions.mapItems = table(member, in: SettingRanges.count, file)
            case "loop-bounds": assumptions.loopBounds = table(member, in: SettingRanges.count, file)
            case "state-seconds": assumptions.stateSeconds = table(member, in: SettingRanges.seconds, file)
            case "budgets": readBudgets(member, file)
            case "rules": readRules(member, file)
            default: warn(member, "is not a setting", file)
            }
        }
    }

    private mutating func readBudgets(_ member: LocatedNode.Member, _ file: String) {
        guard let entries = member.value.members else { return refuse(member, "must map budget names to limits", file) }
        for entry in entries {
            switch entry.key {
            case "max-duration":
                let text = entry.value.stringValue ?? entry.value.numberValue?.text
                if let seconds = text.flatMap(DurationText.seconds), seconds <= Double(SettingRanges.seconds.upperBound) {
                    budgets.maxDurationSeconds = seconds
                } else { refuse(entry, "must be a duration like 90s, 15m, 2h or 1d, at most 100 years", file) }
            case "max-attempts": budgets.maxAttempts = integer(entry, in: SettingRanges.count, file)
            case "max-transitions": budgets.maxTransitions = integer(entry, in: SettingRanges.count, file)
            case "max-cost": budgets.maxCost = number(entry, in: SettingRanges.dollars, file)
            case "require-timeouts":
                if let flag = entry.value.boolValue { budgets.requireTimeouts = flag } else { refuse(entry, "must be true or false", file) }
            default: warn(entry, "is not a budget", file)
            }
        }
    }

    private mutating func readRules(_ member: LocatedNode.Member, _ file: String) {
        guard let entries = member.value.members else { return refuse(member, "must map rule ids to off, note, warning or error", file) }
        for entry in entries {
            guard RuleSettings.isConfigurable(entry.key) else {
                warn(entry, "is not a validation rule (`aslkit rules` lists them)", file)
                continue
            }
            guard let level = entry.value.stringValue.flatMap({ RuleSettings.Level(rawValue: $0.lowercased()) }) else {
                refuse(entry, "must be off, note, warning or error", file)
                continue
            }
            rules.set(entry.key, to: level)
        }
    }

    private mutating func table(_ member: LocatedNode.Member, in range: ClosedRange<Int>, _ file: String) -> [String: Int] {
        guard let entries = member.value.members else {
            refuse(member, "must map state names to numbers", file)
            return [:]
        }
        var result: [String: Int] = [:]
        for entry in entries {
            if let n = integer(entry, in: range, file) { result[entry.key] = n }
        }
        return result
    }

    private mutating func integer(_ member: LocatedNode.Member, in range: ClosedRange<Int>, _ file: String) -> Int? {
        guard let n = member.value.numberValue?.intValue, SettingRanges.problem(n, in: range) == nil else {
            refuse(member, SettingRanges.requirement(range), file)
            return nil
        }
        return n
    }

    private mutating func number(_ member: LocatedNode.Member, in range: ClosedRange<Double>, _ file: String) -> Double? {
        guard let n = member.value.numberValue?.doubleValue, SettingRanges.problem(n, in: range) == nil else {
            refuse(member, SettingRanges.requirement(range), file)
            return nil
        }
        return n
    }

    private mutating func refuse(_ member: LocatedNode.Member, _ problem: String, _ file: String) {
        complain(member, problem, file, severity: .error)
    }

    private mutating func warn(_ member: LocatedNode.Member, _ problem: String, _ file: String) {
        complain(member, problem, file, severity: .warning)
    }

    private mutating func complain(_ member: LocatedNode.Member, _ problem: String, _ file: String, severity: Severity) {
        diagnostics.append(
            Diagnostic(
                ruleID: "config-value", severity: severity, message: "'\(member.key)' \(problem)", file: file,
                position: member.keyPosition, pointer: "/" + member.key))
    }
}
