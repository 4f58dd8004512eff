import ASLModel

/// Matches what a history shows (a transition, a retried error) to the definition's edges and
/// retriers. A history never says which Choice rule matched, and a Map or Parallel failure
/// carries no error name, so a match can be several candidates: the caller marks them ambiguous.
enum EdgeResolution {
    /// Candidate edge indices, or nil when the definition has no such edge.
    static func edges(for transition: ObservedTransition, in graph: ScopeGraph) -> [Int]? {
        let scope = graph.scope
        guard let from = scope.index(of: transition.from), let to = scope.index(of: transition.to) else { return nil }
        let between = graph.outgoing[from].filter { graph.edges[$0].to == to }
        let catches = between.filter { if case .catcher = graph.edges[$0].kind { true } else { false } }
        let others = between.filter { !catches.contains($0) }
        guard transition.isCatch else { return others.isEmpty ? (catches.isEmpty ? nil : catches) : others }
        if let error = transition.error, let index = firstMatching(scope.states[from].catchers.map(\.errorNames), error),
            let edge = catches.first(where: { graph.edges[$0].kind == .catcher(index) })
        {
            return [edge]
        }
        return catches.isEmpty ? (others.isEmpty ? nil : others) : catches
    }

    /// Candidate retrier indices of `state` for a retried failure, or nil when it has no Retry.
    static func retriers(of state: State, error: String?) -> [Int]? {
        guard !state.retriers.isEmpty else { return nil }
        if let error, let index = firstMatching(state.retriers.map(\.errorNames), error) { return [index] }
        return state.retriers.count == 1 ? [0] : Array(state.retriers.indices)
    }

    /// The first entry whose `ErrorEquals` takes `error`, as the service picks them.
    static func firstMatching(_ lists: [[String]], _ error: String) -> Int? {
        lists.firstIndex { ErrorNames.covers(Set($0), error) }
    }
}

/// Whether an element was exercised; a stronger observation wins when histories are merged.
enum CoverageUse: Int, Comparable {
    case none, ambiguous, taken

    static func < (a: CoverageUse, b: CoverageUse) -> Bool { a.rawValue < b.rawValue }

    /// Marks `candidates`: taken when there is one, ambiguous when several.
    static func mark(_ candidates: [Int], in uses: inout [CoverageUse]) {
        let use: CoverageUse = candidates.count == 1 ? .taken : .ambiguous
        for c in candidates { uses[c] = max(uses[c], use) }
    }
}
