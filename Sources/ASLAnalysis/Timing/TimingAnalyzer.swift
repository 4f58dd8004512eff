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
        // Each scope's graph is built when its turn comes and freed after it: 15,000 small
        // scopes held 5 MB of graphs all through the analysis.
        let scopes = machine.allScopes
        return analyze(machine, scopeCount: scopes.count, assumptions: assumptions) { ScopeGraph(scope: scopes[$0]) }
    }

    public static func analyze(_ graph: MachineGraph, assumptions: Assumptions = Assumptions()) -> TimingReport {
        analyze(graph.machine, scopeCount: graph.scopes.count, assumptions: assumptions) { graph.scopes[$0] }
    }

    /// `graph(i)` is the graph of `machine.allScopes[i]`.
    private static func analyze(
        _ machine: StateMachine, scopeCount: Int, assumptions: Assumptions, graph: (Int) -> ScopeGraph
    ) -> TimingReport {
        var indexByPointer: [String: Int] = [:]
        indexByPointer.reserveCapacity(scopeCount)
        for (i, scope) in machine.allScopes.enumerated() { indexByPointer[scope.pointer] = i }
        // Unless a scope repeats a state name: then its states share nested pointers and read
        // the same results, which are freed only after the whole scope.
        let pointersAreUnique = indexByPointer.count == scopeCount
        var results = [ScopeResult?](repeating: nil, count: scopeCount)
        // Every row in its final place from the start (scope order, though scopes are done in
        // reverse): no list per scope (15,000 of them were 2.9 MB) and no copy at the end.
        var firstRow = [Int](repeating: 0, count: scopeCount + 1)
        for (i, scope) in machine.allScopes.enumerated() { firstRow[i + 1] = firstRow[i] + scope.states.count }
        var rows = [StateTiming](repeating: .placeholder, count: firstRow[scopeCount])
        var root = ScopeResult.empty
        for i in (0..<scopeCount).reversed() {
            let scopeGraph = graph(i)
            let states = scopeGraph.scope.states
            // One copy of the scope's name and pointer for all its rows, not one per row.
            let scopeName = scopeGraph.scope.displayName
            let place = ScopePlace(name: scopeName, pointer: scopeGraph.scope.pointer)
            let model = StateCostModel(assumptions: assumptions, scopeName: scopeName)
            var costs: [StateCost] = []
            costs.reserveCapacity(states.count)
            for state in states {
                let nested = state.childScopes.map { indexByPointer[$0.pointer] }
                costs.append(model.cost(of: state, children: nested.map { $0.flatMap { results[$0] } ?? .empty }))
                // A nested scope is read by its parent state only: what the parent's cost did
                // not take (its best path, the other branches' witnesses) is freed at once.
                if pointersAreUnique { for c in nested { if let c { results[c] = nil } } }
            }
            if !pointersAreUnique {
                for state in states {
                    for child in state.childScopes { if let c = indexByPointer[child.pointer] { results[c] = nil } }
                }
            }
            for k in states.indices { rows[firstRow[i] + k] = row(states[k], costs[k], place: place) }
            if i == 0 {
                // Every nested result is read: the tables for them go before the machine's own
                // scope, the largest, is searched (1.7 MB and 0.8 MB for 15,000 scopes).
                results = []
                indexByPointer = [:]
                root = ScopeTimer(graph: scopeGraph, costs: costs, assumptions: assumptions, scopeName: scopeName).analyse()
            } else {
                results[i] = ScopeTimer(graph: scopeGraph, costs: costs, assumptions: assumptions, scopeName: scopeName).analyse()
            }
        }
        return report(machine, root: root, rows: rows, assumptions: assumptions)
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

    private static func row(_ state: State, _ cost: StateCost, place: ScopePlace) -> StateTiming {
        StateTiming(
            place: place, state: state.name, type: state.type, timeout: cost.timeout, retriers: state.retriers.count,
            firingRetriers: cost.firingRetriers, maxAttempts: cost.attempts, retryWaitSeconds: cost.retryWait,
            worstSeconds: cost.worst.seconds.finiteOrNil, worstTransitions: cost.worst.transitions.countOrNil)
    }
}
