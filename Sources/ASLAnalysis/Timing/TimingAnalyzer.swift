import ASLModel

/// Worst-case duration, attempts and transitions of one execution, with witnesses.
public enum TimingAnalyzer {
    /// AWS's maximum execution durations (ASL-FACTS §4).
    public static let expressLimitSeconds = 300.0
    public static let standardLimitSeconds = 365.0 * 86_400

    /// Analyses every scope, innermost first (the reverse of the pre-order of
    /// ``ASLModel/StateMachine/allScopes``), so each Parallel or Map finds its nested scopes
    /// done: no recursion, whatever the nesting depth.
    ///
    /// - Complexity: O((V + E) log V) over all scopes.
    public static func analyze(_ machine: StateMachine, assumptions: Assumptions = Assumptions()) -> TimingReport {
        analyze(MachineGraph(machine: machine), assumptions: assumptions)
    }

    public static func analyze(_ graph: MachineGraph, assumptions: Assumptions = Assumptions()) -> TimingReport {
        var indexByPointer: [String: Int] = [:]
        for (i, scope) in graph.scopes.enumerated() { indexByPointer[scope.scope.pointer] = i }
        var results = [ScopeResult?](repeating: nil, count: graph.scopes.count)
        var rows = [[StateTiming]](repeating: [], count: graph.scopes.count)
        for i in graph.scopes.indices.reversed() {
            let scopeGraph = graph.scopes[i]
            // One copy of the scope's name and pointer for all its rows, not one per row.
            let scopeName = scopeGraph.scope.displayName
            let scopePointer = scopeGraph.scope.pointer
            let model = StateCostModel(assumptions: assumptions, scopeName: scopeName)
            let costs = scopeGraph.scope.states.map { state in
                let children = state.childScopes.map { child in
                    indexByPointer[child.pointer].flatMap { results[$0] } ?? .empty
                }
                return model.cost(of: state, children: children)
            }
            rows[i] = scopeGraph.scope.states.indices.map {
                row(scopeGraph.scope.states[$0], costs[$0], scopeName: scopeName, scopePointer: scopePointer)
            }
            results[i] = ScopeTimer(graph: scopeGraph, costs: costs, assumptions: assumptions, scopeName: scopeName).analyse()
        }
        let root = results.first.flatMap { $0 } ?? .empty
        return report(graph.machine, root: root, rows: concatenated(&rows), assumptions: assumptions)
    }

    /// The rows of every scope in scope order, each scope's freed as it is copied; the first
    /// scope's (the machine's, usually the largest) is taken without a copy.
    private static func concatenated(_ rows: inout [[StateTiming]]) -> [StateTiming] {
        var all: [StateTiming] = []
        for i in rows.indices {
            if i == 0 {
                swap(&all, &rows[0])
                all.reserveCapacity(rows.reduce(all.count) { $0 + $1.count })
            } else {
                all.append(contentsOf: rows[i])
                rows[i] = []
            }
        }
        return all
    }

    private static func report(_ machine: StateMachine, root: ScopeResult, rows: [StateTiming], assumptions: Assumptions) -> TimingReport {
        let pathWorst = root.worst.seconds
        var worst = pathWorst
        var binding = DurationBinding.path
        if let cap = machine.timeoutSeconds?.value, Double(cap) < pathWorst {
            worst = Double(cap)
            binding = .machineTimeout
        }
        var findings: [TimingFinding] = []
        if !worst.isFinite {
            findings.append(TimingFinding(ruleID: "duration-unbounded", message: "worst-case duration is unbounded"))
        }
        switch assumptions.machineType ?? .standard {
        case _ where !worst.isFinite: break
        case .express where worst > expressLimitSeconds:
            findings.append(
                TimingFinding(
                    ruleID: "express-over-5-minutes",
                    message: "worst case exceeds the 5-minute Express limit: the execution would be stopped"))
        case .standard where worst > standardLimitSeconds:
            findings.append(
                TimingFinding(ruleID: "standard-over-1-year", message: "worst case exceeds the 1-year Standard limit"))
        default: break
        }
        return TimingReport(
            machineType: assumptions.machineType ?? .standard, states: rows, worstSeconds: worst.finiteOrNil,
            pathWorstSeconds: pathWorst.finiteOrNil, binding: binding, machineTimeoutSeconds: machine.timeoutSeconds?.value,
            worstPath: root.worstPath, bestSeconds: root.best.seconds.finiteOrNil, bestPath: root.bestPath,
            minTransitions: root.best.transitions.countOrNil, maxTransitions: root.worst.transitions.countOrNil,
            minExpressChildDollars: root.best.expressChildDollars.finiteOrNil,
            maxExpressChildDollars: root.worst.expressChildDollars.finiteOrNil,
            maxAttempts: root.maxAttempts, maxAttemptsState: root.maxAttemptsState, unbounded: root.reasons,
            findings: findings, notes: root.notes)
    }

    private static func row(_ state: State, _ cost: StateCost, scopeName: String, scopePointer: String) -> StateTiming {
        StateTiming(
            scope: scopeName, scopePointer: scopePointer, state: state.name, type: state.type?.rawValue ?? "?", timeout: cost.timeout,
            retriers: state.retriers.count, firingRetriers: cost.firingRetriers, maxAttempts: cost.attempts,
            retryWaitSeconds: cost.retryWait, worstSeconds: cost.worst.seconds.finiteOrNil,
            worstTransitions: cost.worst.transitions.countOrNil)
    }
}
