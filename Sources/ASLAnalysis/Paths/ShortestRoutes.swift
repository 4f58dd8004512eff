/// Breadth-first shortest routes in one scope: either from one source state forward, or from
/// every terminal state backward (so each state knows its shortest way to end the scope).
struct ShortestRoutes {
    private let graph: ScopeGraph
    /// The edge used to reach (forward) or to leave toward the end (backward) each state; -1
    /// at the source and at terminal states; `nil` entries mean "not connected".
    private let via: [Int?]

    /// Backward: shortest route from each state to any terminal state.
    /// - Complexity: O(V + E).
    init(graph: ScopeGraph) {
        self.graph = graph
        var via = Array(repeating: Int?.none, count: graph.count)
        var queue: [Int] = []
        for v in 0..<graph.count where graph.termination[v] != nil {
            via[v] = -1
            queue.append(v)
        }
        var head = 0
        while head < queue.count {
            let w = queue[head]
            head += 1
            for e in graph.incoming[w] where via[graph.edges[e].from] == nil {
                via[graph.edges[e].from] = e
                queue.append(graph.edges[e].from)
            }
        }
        self.via = via
    }

    /// Forward: shortest route from `source` to each state.
    /// - Complexity: O(V + E).
    init(graph: ScopeGraph, from source: Int) {
        self.graph = graph
        var via = Array(repeating: Int?.none, count: graph.count)
        via[source] = -1
        var queue = [source]
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for e in graph.outgoing[v] where via[graph.edges[e].to] == nil {
                via[graph.edges[e].to] = e
                queue.append(graph.edges[e].to)
            }
        }
        self.via = via
    }

    /// The edge that reaches (forward) or leaves toward the end (backward) `state` on its
    /// shortest route; `nil` at the source, at terminal states and where there is no route.
    func routeEdge(at state: Int) -> Int? {
        guard let e = via[state], e >= 0 else { return nil }
        return e
    }

    /// Whether `state` has a route: from the source (forward), or to an end (backward).
    func isConnected(_ state: Int) -> Bool { via[state] != nil }

    /// Backward routes only: whether `state` can reach a terminal state.
    func canEnd(_ state: Int) -> Bool { via[state] != nil }

    /// Backward routes only: the edges from `state` to the nearest terminal state.
    func edgesToEnd(from state: Int) -> [Int] {
        var edges: [Int] = []
        var v = state
        while let e = via[v], e >= 0 {
            edges.append(e)
            v = graph.edges[e].to
        }
        return edges
    }

    /// Forward routes only: the edges from the source to `state`, or nil when unreachable.
    func edgesFromSource(to state: Int) -> [Int]? {
        guard via[state] != nil else { return nil }
        var edges: [Int] = []
        var v = state
        while let e = via[v], e >= 0 {
            edges.append(e)
            v = graph.edges[e].from
        }
        return edges.reversed()
    }
}
