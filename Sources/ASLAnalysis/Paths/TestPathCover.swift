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
/// - Complexity: O(min(P, 256) · (V + E)) for the first phase, O(E · L) for the second, with
///   L the length of a path.
struct TestPathCover {
    let graph: ScopeGraph
    let order: DepthFirstOrder
    let towardEnd: ShortestRoutes
    static let greedyLimit = 256

    init(graph: ScopeGraph, order: DepthFirstOrder) {
        self.graph = graph
        self.order = order
        self.towardEnd = ShortestRoutes(graph: graph)
    }

    /// Edges some complete path can take: from a reachable state to one that can still end.
    func coverableEdges() -> [Bool] {
        graph.edges.map { order.isReachable($0.from) && towardEnd.canEnd($0.to) }
    }

    func paths() -> [[Int]] {
        guard let start = graph.start, towardEnd.canEnd(start) else { return [] }
        let coverable = coverableEdges()
        var covered = coverable.map { !$0 }
        var result: [[Int]] = []
        while result.count < Self.greedyLimit, let path = bestDAGPath(from: start, covered: covered), result.isEmpty || path.gain > 0 {
            for e in path.edges { covered[e] = true }
            result.append(path.edges)
        }
        let fromStart = ShortestRoutes(graph: graph, from: start)
        for e in graph.edges.indices where !covered[e] {
            guard let prefix = fromStart.edgesFromSource(to: graph.edges[e].from) else { continue }
            let path = prefix + [e] + towardEnd.edgesToEnd(from: graph.edges[e].to)
            for taken in path { covered[taken] = true }
            result.append(path)
        }
        return result
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
