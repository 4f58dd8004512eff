import ASLModel

/// Turns one scope's observed uses into its figures and lists of what was never exercised.
struct ScopeCoverageBuilder {
    let graph: ScopeGraph
    let entries: [Int]
    let edgeUse: [CoverageUse]
    let retrierUse: [[CoverageUse]]
    let runs: Int

    func build(observable: Bool) -> ScopeCoverage {
        let scope = graph.scope
        var figures = CoverageFigures()
        figures.states = CoverageRatio(covered: entries.filter { $0 > 0 }.count, total: graph.count)
        figures.edges = ratio(graph.edges.indices)
        figures.choiceBranches = ratio(graph.edges.indices.filter { isChoice(graph.edges[$0].kind) })
        figures.catches = ratio(graph.edges.indices.filter { isCatch(graph.edges[$0].kind) })
        var missedRetriers: [String] = []
        var ambiguousRetriers: [String] = []
        for (i, uses) in retrierUse.enumerated() {
            for (r, use) in uses.enumerated() {
                figures.retriers.total += 1
                let text = "\(scope.states[i].name) Retry \(r + 1) [\(scope.states[i].retriers[r].errorNames.joined(separator: ", "))]"
                switch use {
                case .taken: figures.retriers.covered += 1
                case .ambiguous: figures.retriers.ambiguous += 1; ambiguousRetriers.append(text)
                case .none: missedRetriers.append(text)
                }
            }
        }
        let missed = graph.edges.indices.filter { edgeUse[$0] == .none }
        func missedEdges(_ keep: (FlowEdge.Kind) -> Bool) -> [String] {
            missed.filter { keep(graph.edges[$0].kind) }.map { EdgeText.describe(graph.edges[$0], in: scope) }
        }
        return ScopeCoverage(
            pointer: scope.pointer, name: scope.displayName, parentState: PathAnalysis.parentState(of: scope),
            observable: observable, figures: observable ? figures : figures.unobserved, runs: runs,
            edges: graph.edges.indices.map { e in
                let edge = graph.edges[e]
                let status: EdgeCoverage.Status = switch edgeUse[e] {
                case .taken: .taken
                case .ambiguous: .ambiguous
                case .none: .notTaken
                }
                return EdgeCoverage(from: scope.states[edge.from].name, to: scope.states[edge.to].name, kind: edge.kind, status: status)
            },
            entries: scope.states.indices.map { (scope.states[$0].name, entries[$0]) },
            missedStates: scope.states.indices.filter { entries[$0] == 0 }.map { scope.states[$0].name },
            missedChoiceBranches: missedEdges(isChoice), missedCatches: missedEdges(isCatch),
            missedNextEdges: missedEdges { $0 == .next },
            ambiguousEdges: graph.edges.indices.filter { edgeUse[$0] == .ambiguous }.map { EdgeText.describe(graph.edges[$0], in: scope) },
            missedRetriers: missedRetriers, ambiguousRetriers: ambiguousRetriers)
    }

    private func ratio(_ edges: some Collection<Int>) -> CoverageRatio {
        CoverageRatio(
            covered: edges.filter { edgeUse[$0] == .taken }.count, ambiguous: edges.filter { edgeUse[$0] == .ambiguous }.count,
            total: edges.count)
    }

    private func isChoice(_ kind: FlowEdge.Kind) -> Bool {
        switch kind {
        case .choiceRule, .choiceDefault: true
        default: false
        }
    }

    private func isCatch(_ kind: FlowEdge.Kind) -> Bool {
        if case .catcher = kind { return true }
        return false
    }
}

/// Which scopes the histories given can show.
enum ScopeObservability {
    /// A distributed Map runs its iterations as child executions, whose events are not in the
    /// parent's history: its processor (and what it nests) is observable when histories of
    /// those children were given (`childRuns`), or when no history shows the Map starting a Map
    /// Run (`mapRuns`: none of its states can have been entered). Everything else is observable.
    static func observable(_ graph: MachineGraph, childRuns: [Int], mapRuns: Set<ScopedState>) -> [Bool] {
        var index: [String: Int] = [:]
        for (i, g) in graph.scopes.enumerated() { index[g.scope.pointer] = i }
        var result = Array(repeating: true, count: graph.scopes.count)
        // Scopes come in pre-order, so a parent's answer is known before its children's.
        for (s, g) in graph.scopes.enumerated() {
            for state in g.scope.states {
                for child in state.childScopes {
                    guard let c = index[child.pointer] else { continue }
                    if state.map?.mode == .distributed {
                        result[c] = childRuns[c] > 0 || (result[s] && !mapRuns.contains(ScopedState(scope: s, state: state.name)))
                    } else {
                        result[c] = result[s] || childRuns[c] > 0
                    }
                }
            }
        }
        return result
    }
}
