import ASLModel

/// `aslkit coverage`: which states, edges, Choice branches, catches and retriers real
/// executions exercised, per scope and in total, merged over every history given. Histories of
/// a distributed Map's child executions count for its item processor.
public enum CoverageAnalysis {
    public static func measure(_ machine: StateMachine, histories: [ExecutionHistory]) -> CoverageReport {
        measure(MachineGraph(machine: machine), histories: histories)
    }

    /// - Complexity: O(events · nesting depth + V + E).
    public static func measure(_ graph: MachineGraph, histories: [ExecutionHistory]) -> CoverageReport {
        var entries = graph.scopes.map { Array(repeating: 0, count: $0.count) }
        var edgeUse = graph.scopes.map { Array(repeating: CoverageUse.none, count: $0.edges.count) }
        var retrierUse = graph.scopes.map { $0.scope.states.map { Array(repeating: CoverageUse.none, count: $0.retriers.count) } }
        var runs = Array(repeating: 0, count: graph.scopes.count)
        var childRuns = Array(repeating: 0, count: graph.scopes.count)
        var mapRuns = Set<ScopedState>()
        var executions: [ExecutionSummary] = []
        for history in histories {
            let observed = HistoryReplay.replay(history, on: graph)
            var mismatches = observed.mismatches
            for instance in observed.instances {
                guard let s = instance.scope else { continue }
                runs[s] += 1
                if instance.kind == .root, s != 0 { childRuns[s] += 1 }
                for step in instance.steps where step.mapRunStarted { mapRuns.insert(ScopedState(scope: s, state: step.state)) }
            }
            for (key, count) in observed.stateEntries() {
                if let i = graph.scopes[key.scope].scope.index(of: key.state) { entries[key.scope][i] += count }
            }
            for transition in observed.transitions().keys.sorted(by: transitionOrder) {
                guard let candidates = EdgeResolution.edges(for: transition, in: graph.scopes[transition.scope]) else {
                    let via = transition.isCatch ? "a Catch" : "Next"
                    mismatches.append("\"\(transition.from)\" → \"\(transition.to)\" (\(via)) is not a transition of the definition")
                    continue
                }
                CoverageUse.mark(candidates, in: &edgeUse[transition.scope])
            }
            for (key, errors) in observed.retriedFailures() {
                guard let i = graph.scopes[key.scope].scope.index(of: key.state) else { continue }
                let state = graph.scopes[key.scope].scope.states[i]
                for error in errors {
                    guard let candidates = EdgeResolution.retriers(of: state, error: error) else {
                        mismatches.append("\"\(key.state)\" was retried but has no Retry in the definition")
                        break
                    }
                    CoverageUse.mark(candidates, in: &retrierUse[key.scope][i])
                }
            }
            executions.append(ExecutionSummary(
                source: history.source, status: history.status, events: history.events.count, mismatches: unique(mismatches)))
        }
        let observable = ScopeObservability.observable(graph, childRuns: childRuns, mapRuns: mapRuns)
        let scopes = graph.scopes.indices.map { s in
            ScopeCoverageBuilder(graph: graph.scopes[s], entries: entries[s], edgeUse: edgeUse[s], retrierUse: retrierUse[s], runs: runs[s])
                .build(observable: observable[s])
        }
        let total = scopes.map(\.figures).reduce(CoverageFigures(), +)
        return CoverageReport(executions: executions, scopes: scopes, total: total)
    }

    private static func transitionOrder(_ a: ObservedTransition, _ b: ObservedTransition) -> Bool {
        (a.scope, a.from, a.to, a.isCatch ? 1 : 0, a.error ?? "") < (b.scope, b.from, b.to, b.isCatch ? 1 : 0, b.error ?? "")
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
