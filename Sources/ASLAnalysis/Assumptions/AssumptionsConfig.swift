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
    /// Unknown keys and values of the wrong type, as warnings (rule `config-value`).
    public var diagnostics: [Diagnostic] = []

    public init() {}

    public init(document root: LocatedNode, file: String) {
        for member in root.members ?? [] {
            let value = member.value
            switch member.key {
            case "machine-type":
                if let type = value.stringValue.flatMap({ Assumptions.MachineType(rawValue: $0.uppercased()) }) {
                    assumptions.machineType = type
                } else { complain(member, "must be STANDARD or EXPRESS", file) }
            case "express-memory-mb": assumptions.expressMemoryMB = positiveInt(member, file)
            case "price-per-1000-transitions":
                if let price = value.numberValue?.doubleValue, price >= 0 {
                    assumptions.pricePerTransition = price / 1000
                } else { complain(member, "must be a non-negative number of dollars", file) }
            case "map-items": assumptions.mapItems = table(member, file)
            case "loop-bounds": assumptions.loopBounds = table(member, file)
            case "state-seconds": assumptions.stateSeconds = table(member, file)
            case "budgets": readBudgets(member, file)
            case "rules": readRules(member, file)
            default: complain(member, "is not a setting", file)
            }
        }
    }

    private mutating func readBudgets(_ member: LocatedNode.Member, _ file: String) {
        for entry in member.value.members ?? [] {
            switch entry.key {
            case "max-duration":
                let text = entry.value.stringValue ?? entry.value.numberValue?.text
                if let seconds = text.flatMap(DurationText.seconds) {
                    budgets.maxDurationSeconds = seconds
                } else { complain(entry, "must be a duration like 90s, 15m, 2h or 1d", file) }
            case "max-attempts": budgets.maxAttempts = positiveInt(entry, file)
            case "max-transitions": budgets.maxTransitions = positiveInt(entry, file)
            case "max-cost":
                if let cost = entry.value.numberValue?.doubleValue, cost >= 0 {
                    budgets.maxCost = cost
                } else { complain(entry, "must be a non-negative number of dollars", file) }
            case "require-timeouts": budgets.requireTimeouts = entry.value.boolValue ?? false
            default: complain(entry, "is not a budget", file)
            }
        }
    }

    private mutating func readRules(_ member: LocatedNode.Member, _ file: String) {
        guard let entries = member.value.members else { return complain(member, "must map rule ids to off, note, warning or error", file) }
        for entry in entries {
            guard RuleSettings.isConfigurable(entry.key) else {
                complain(entry, "is not a validation rule (`aslkit rules` lists them)", file)
                continue
            }
            guard let level = entry.value.stringValue.flatMap({ RuleSettings.Level(rawValue: $0.lowercased()) }) else {
                complain(entry, "must be off, note, warning or error", file)
                continue
            }
            rules.set(entry.key, to: level)
        }
    }

    private mutating func table(_ member: LocatedNode.Member, _ file: String) -> [String: Int] {
        guard let entries = member.value.members else {
            complain(member, "must map state names to numbers", file)
            return [:]
        }
        var result: [String: Int] = [:]
        for entry in entries {
            if let n = positiveInt(entry, file) { result[entry.key] = n }
        }
        return result
    }

    private mutating func positiveInt(_ member: LocatedNode.Member, _ file: String) -> Int? {
        guard let n = member.value.numberValue?.intValue, n >= 0 else {
            complain(member, "must be a non-negative integer", file)
            return nil
        }
        return n
    }

    private mutating func complain(_ member: LocatedNode.Member, _ problem: String, _ file: String) {
        diagnostics.append(
            Diagnostic(
                ruleID: "config-value", severity: .warning, message: "'\(member.key)' \(problem)", file: file,
                position: member.keyPosition, pointer: "/" + member.key))
    }
}
