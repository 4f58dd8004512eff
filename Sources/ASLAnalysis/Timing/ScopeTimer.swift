import ASLModel

/// Worst and best case of one scope, from its states' costs.
///
/// Worst case: the longest path from `StartAt` to an end (Succeed, Fail, `End`; a Catch edge
/// counts the failing state's full cost first), through the condensation of the graph. A loop
/// (a strongly connected component with a cycle) costs ∞ unless a bound N is assumed for one
/// of its states; then each of its states counts N times. Best case: the shortest path that
/// succeeds without any failure.
///
/// - Complexity: O((V + E) log V) for the scope, nested scopes analysed before.
struct ScopeTimer {
    let graph: ScopeGraph
    let costs: [StateCost]
    let assumptions: Assumptions
    /// The scope's display name, made once: every witness step names it.
    let scopeName: String

    private var states: [State] { graph.scope.states }

    func analyse() -> ScopeResult {
        guard let start = graph.start else { return .empty }
        let reachable = graph.reachableFromStart()
        let components = graph.stronglyConnectedComponents()
        var componentOf = [Int](repeating: 0, count: graph.count)
        for (c, members) in components.enumerated() { for m in members { componentOf[m] = c } }
        var result = ScopeResult.empty
        var loopTimes = [Int?](repeating: nil, count: components.count)
        var componentCost: [Measure] = []
        componentCost.reserveCapacity(components.count)
        for (c, members) in components.enumerated() {
            let sum = members.reduce(Measure.zero) { $0 + costs[$1].worst }
            let isLoop = members.count > 1 || graph.successors(of: members[0]).contains(members[0])
            guard isLoop else {
                componentCost.append(sum)
                continue
            }
            if let bound = members.compactMap({ assumptions.loopBounds[states[$0].name] }).min() {
                let n = Double(max(bound, 1))
                loopTimes[c] = max(bound, 1)
                componentCost.append(sum.repeated(n))
            } else {
                componentCost.append(.unbounded(repeating: sum))
                if reachable[members[0]] {
                    let names = members.map { states[$0].name }
                    result.reasons.append(
                        UnboundedReason(
                            kind: .unboundedLoop, state: names[0], scope: scopeName,
                            message: "loop through \(NameList.joined(names)) has no bound; assume one with loop-bounds"))
                }
            }
        }
        // Sized once: 50,000 unbounded states gave a list that doubled as it grew.
        result.reasons.reserveCapacity(result.reasons.count + (0..<graph.count).reduce(0) { reachable[$1] ? $0 + costs[$1].reasons.count : $0 })
        for i in 0..<graph.count where reachable[i] {
            result.reasons += costs[i].reasons
            result.notes += costs[i].notes
            if costs[i].maxAttempts > result.maxAttempts {
                result.maxAttempts = costs[i].maxAttempts
                result.maxAttemptsState = costs[i].maxAttemptsState
            }
        }
        let longest = LongestPath(
            components: components, componentOf: componentOf, cost: componentCost, edges: graph.edges,
            outgoing: graph.outgoing, isEnd: graph.termination.map { $0 != nil })
        let bySeconds = longest.run(from: start) { ($0.seconds, $0.transitions) }
        let byTransitions = longest.run(from: start) { ($0.transitions, $0.seconds) }
        // Each figure is the largest over all paths, found by its own search; the cost of the
        // Express children (rarely anywhere) needs a third one only where there are some.
        let hasChildDollars = componentCost.contains { $0.expressChildDollars != 0 }
        let childDollars = hasChildDollars ? longest.run(from: start) { ($0.expressChildDollars, $0.transitions) }.total.expressChildDollars : 0
        result.worst = Measure(
            seconds: bySeconds.total.seconds, transitions: byTransitions.total.transitions, expressChildDollars: childDollars)
        // Mapped over the indices, not `enumerated()`: that is no collection, so the result
        // would grow by doubling (a 50,000-step path held 1.5 times its size while copying).
        result.worstPath = bySeconds.path.indices.map { k in
            let step = bySeconds.path[k]
            let exitEdge = k + 1 < bySeconds.path.count ? bySeconds.path[k + 1].entry : nil
            return worstStep(components[step.component], cost: componentCost[step.component], times: loopTimes[step.component], exit: exitEdge)
        }
        let shortest = ShortestPath(
            count: graph.count, weight: costs.map(\.best), edges: graph.edges, outgoing: graph.outgoing,
            isSuccess: graph.termination.map { $0 == .succeeds })
        if let fastest = shortest.run(from: start, key: { ($0.seconds, $0.transitions) }),
            let fewest = shortest.run(from: start, key: { ($0.transitions, $0.seconds) })
        {
            let cheapest = costs.contains { $0.best.expressChildDollars != 0 }
                ? shortest.run(from: start, key: { ($0.expressChildDollars, $0.transitions) })?.total.expressChildDollars ?? 0 : 0
            result.best = Measure(seconds: fastest.total.seconds, transitions: fewest.total.transitions, expressChildDollars: cheapest)
            result.bestPath = fastest.path.map { bestStep($0.state, exit: nil) }
            for k in result.bestPath.indices.dropLast() { result.bestPath[k].exit = .next }
        } else {
            result.best = .unbounded()
        }
        return result
    }

    private func worstStep(_ members: IndexList, cost: Measure, times: Int?, exit edge: Int?) -> WitnessStep {
        let exit: WitnessStep.Exit =
            switch edge.map({ graph.edges[$0].kind }) {
            case nil: .end
            case .catcher(let i): .caught(catcher: i, target: states[graph.edges[edge!].to].name)
            default: .next
            }
        let first = members[0]
        let c = costs[first]
        var step = WitnessStep(
            state: states[first].name, scope: scopeName, type: states[first].type?.rawValue ?? "?",
            attempts: c.attempts, secondsPerAttempt: c.perAttempt.finiteOrNil, retryWaitSeconds: c.retryWait,
            seconds: cost.seconds.finiteOrNil, exit: exit, loopStates: [], loopTimes: nil, inner: c.inner,
            innerLabel: c.innerLabel, batches: c.batches, childExecutions: c.childExecutions)
        if members.count > 1 || graph.successors(of: first).contains(first) {
            step.loopStates = members.map { states[$0].name }
            step.loopTimes = times
            step.inner = []
            step.innerLabel = nil
            step.batches = nil
            step.childExecutions = nil
            step.attempts = members.map { costs[$0].attempts }.max() ?? 1
        }
        return step
    }

    private func bestStep(_ i: Int, exit: WitnessStep.Exit?) -> WitnessStep {
        WitnessStep(
            state: states[i].name, scope: scopeName, type: states[i].type?.rawValue ?? "?", attempts: 1,
            secondsPerAttempt: costs[i].best.seconds.finiteOrNil, retryWaitSeconds: 0,
            seconds: costs[i].best.seconds.finiteOrNil, exit: exit ?? .end, loopStates: [], loopTimes: nil, inner: [],
            innerLabel: nil, batches: nil)
    }
}
