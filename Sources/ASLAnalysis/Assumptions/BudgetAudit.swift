import ASLModel

/// One budget a machine breaks, or cannot be shown to keep (unbounded).
public struct BudgetBreach: Sendable, Hashable {
    /// The budget's flag name: `max-duration`, `max-attempts`, `max-transitions`, `max-cost`,
    /// `require-timeouts`.
    public var budget: String
    public var message: String

    public init(budget: String, message: String) {
        self.budget = budget
        self.message = message
    }
}

/// The audit of one machine: its analysis and the budgets it breaks.
public struct MachineAudit: Sendable, Hashable {
    public var file: String
    public var report: TimingReport
    public var cost: CostEstimate
    public var breaches: [BudgetBreach]

    public var passed: Bool { breaches.isEmpty }
}

/// `aslkit audit`: every machine against the budgets; a budget that is unbounded for a machine
/// counts as broken, since nothing shows it is kept.
public enum BudgetAudit {
    public static func audit(file: String, machine: StateMachine, budgets: Budgets, assumptions: Assumptions) -> MachineAudit {
        let report = TimingAnalyzer.analyze(machine, assumptions: assumptions)
        let cost = CostEstimator.estimate(report, assumptions: assumptions)
        return MachineAudit(file: file, report: report, cost: cost, breaches: check(report, cost: cost, budgets: budgets))
    }

    /// Exit status for a set of audits: 0 when all pass, 1 otherwise.
    public static func exitCode(_ audits: [MachineAudit]) -> Int32 { audits.allSatisfy(\.passed) ? 0 : 1 }

    public static func check(_ report: TimingReport, cost: CostEstimate, budgets: Budgets) -> [BudgetBreach] {
        var breaches: [BudgetBreach] = []
        let why = report.unbounded.first.map { " (\($0.state): \($0.message))" } ?? ""
        if let limit = budgets.maxDurationSeconds {
            if let worst = report.worstSeconds {
                if worst > limit {
                    let basis =
                        report.binding == .machineTimeout
                        ? "the machine's TimeoutSeconds; the path alone: \(SecondsText.format(report.pathWorstSeconds))"
                        : "path: " + StatePathAbbreviation().text(report.worstPath.map(\.state))
                    breaches.append(
                        BudgetBreach(
                            budget: "max-duration",
                            message: "worst case \(SecondsText.format(worst)) exceeds \(SecondsText.format(limit)) (\(basis))"))
                }
            } else {
                breaches.append(BudgetBreach(budget: "max-duration", message: "worst case is unbounded\(why)"))
            }
        }
        if let limit = budgets.maxAttempts, report.maxAttempts > limit {
            breaches.append(
                BudgetBreach(
                    budget: "max-attempts",
                    message: "\(report.maxAttemptsState ?? "a state") can make \(report.maxAttempts) attempts, more than \(limit)"))
        }
        if let limit = budgets.maxTransitions {
            if let count = report.maxTransitions {
                if count > limit {
                    breaches.append(
                        BudgetBreach(budget: "max-transitions", message: "up to \(count) state transitions, more than \(limit)"))
                }
            } else {
                let loop = report.unbounded.first { $0.kind.affectsTransitions }
                let because = loop.map { " (\($0.state): \($0.message))" } ?? ""
                breaches.append(BudgetBreach(budget: "max-transitions", message: "state transitions are unbounded\(because)"))
            }
        }
        if let limit = budgets.maxCost {
            if let dollars = cost.maxDollars {
                if dollars > limit {
                    breaches.append(
                        BudgetBreach(budget: "max-cost", message: "up to \(Dollars.format(dollars)) per execution, more than \(Dollars.format(limit))"))
                }
            } else {
                breaches.append(BudgetBreach(budget: "max-cost", message: "cost per execution is unbounded"))
            }
        }
        if budgets.requireTimeouts {
            let open = report.states.filter { row in
                switch row.timeout {
                case .missing, .dynamic: true
                default: false
                }
            }
            if !open.isEmpty {
                let names = open.map { $0.scope == "machine" ? $0.state : "\($0.state) (\($0.scope))" }
                breaches.append(
                    BudgetBreach(
                        budget: "require-timeouts",
                        message: "\(open.count) Task\(open.count == 1 ? "" : "s") without a literal TimeoutSeconds: \(names.joined(separator: ", "))"))
            }
        }
        return breaches
    }
}
