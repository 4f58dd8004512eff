/// A small set of start-to-terminal paths that together take every edge that some complete path
/// can take (and so enter every state that some complete path can enter). Paths are edge lists.
///
/// Greedy, in two phases. First, on the DAG left after removing back edges (`DepthFirstOrder`),
/// a dynamic program finds the path that takes the most not-yet-covered edges; it is added until
/// no path gains anything. Then each edge still uncovered (back edges, and edges whose only way
/// out is around a loop) gets the shortest path through it: the BFS-shortest prefix from the
/// start, the edge, and the BFS-shortest suffix to a terminal state. The first phase stops
/// after `greedyLimit` paths so that a hostile fan-out (a Choice with 50,000 rules) costs
/// O(E · L) rather than O(E · (V + E)).
///
/// The second phase's paths are kept as routes (the edge; prefix and suffix implied by the two
/// shortest-route trees) and spelled out only when listed: a chain of n Tasks that each catch
/// to one handler has n such paths of average length n/2, which spelled out cost O(n²) time
/// and memory. Marking what a route covers walks each tree edge once in all: a prefix's walk
/// toward the start stops at the first state whose own prefix was walked already, a suffix's
/// walk toward the end likewise.
/// - Complexity: O(min(P, 256) · (V + E)) for the first phase, O(V + E) for the second.
struct TestPathCover {
    /// One test path: spelled out (first phase) or a route through one edge (second phase).
    enum Path {
        case edges([Int])
        case route(through: Int)
    }

    let graph: ScopeGraph
    let order: DepthFirstOrder
    let towardEnd: ShortestRoutes
    let fromStart: ShortestRoutes?
    static let greedyLimit = 256

    init(graph: ScopeGraph, order: DepthFirstOrder) {
        self.graph = graph
        self.order = order
        self.towardEnd = ShortestRoutes(graph: graph)
        self.fromStart = graph.start.map { ShortestRoutes(graph: graph, from: $0) }
    }

    /// Edges some complete path can take: from a reachable state to one that can still end.
    func coverableEdges() -> [Bool] {
        graph.edges.map { order.isReachable($0.from) && towardEnd.canEnd($0.to) }
    }

    func paths() -> [Path] { pathsCountingWork().paths }

    /// The paths, and how many edges the second phase's marking walked (tests check that it
    /// stays within V + E).
    func pathsCountingWork() -> (paths: [Path], walkedEdges: Int) {
        guard let start = graph.start, let fromStart, towardEnd.canEnd(start) else { return ([], 0) }
        var walked = 0
        let coverable = coverableEdges()
        var covered = coverable.map { !$0 }
        var result: [Path] = []
        while result.count < Self.greedyLimit, let path = bestDAGPath(from: start, covered: covered), result.isEmpty || path.gain > 0 {
            for e in path.edges { covered[e] = true }
            result.append(.edges(path.edges))
        }
        var prefixWalked = Array(repeating: false, count: graph.count)
        var suffixWalked = Array(repeating: false, count: graph.count)
        for e in graph.edges.indices where !covered[e] {
            guard fromStart.isConnected(graph.edges[e].from) else { continue }
            covered[e] = true
            var v = graph.edges[e].from
            while !prefixWalked[v], let up = fromStart.routeEdge(at: v) {
                prefixWalked[v] = true
                covered[up] = true
                walked += 1
                v = graph.edges[up].from
            }
            v = graph.edges[e].to
            while !suffixWalked[v], let down = towardEnd.routeEdge(at: v) {
                suffixWalked[v] = true
                covered[down] = true
                walked += 1
                v = graph.edges[down].to
            }
            result.append(.route(through: e))
        }
        return (result, walked)
    }

    /// The edges of `path`, start to end.
    /// - Complexity: O(length of the path).
    func edges(of path: Path) -> [Int] {
        switch path {
        case .edges(let edges): return edges
        case .route(let e):
            return (fromStart?.edgesFromSource(to: graph.edges[e].from) ?? []) + [e] + towardEnd.edgesToEnd(from: graph.edges[e].to)
        }
    }

    /// The path of the DAG (no back edges) from `start` that takes the most uncovered edges;
    /// ties go to the shorter path, then to the earlier edge.
    private func bestDAGPath(from start: Int, covered: [Bool]) -> (edges: [Int], gain: Int)? {
        let unset = Int.min
        var gain = Array(repeating: unset, count: graph.count)
        var length = Array(repeating: 0, count: graph.count)
        var choice = Array(repeating: -1, count: graph.count)
        for v in order.postorder {
            if graph.termination[v] != nil { gain[v] = 0 }
            for e in graph.outgoing[v] where !order.isBackEdge[e] {
                let w = graph.edges[e].to
                guard gain[w] != unset else { continue }
                let g = gain[w] + (covered[e] ? 0 : 1)
                if g > gain[v] || (g == gain[v] && choice[v] >= 0 && length[w] + 1 < length[v]) {
                    gain[v] = g
                    length[v] = length[w] + 1
                    choice[v] = e
                }
            }
        }
        guard gain[start] != unset else { return nil }
        var edges: [Int] = []
        var v = start
        while choice[v] >= 0 {
            edges.append(choice[v])
            v = graph.edges[choice[v]].to
        }
        return (edges, gain[start])
    }
}
