/// One iterative depth-first search from a scope's start, visiting outgoing edges in document
/// order. It fixes which edges are *back edges* (edges to a state still on the search stack):
/// removing them leaves a DAG, and every cycle contains at least one of them. Path counting
/// and the test-path cover both rely on this one classification, so their results agree.
struct DepthFirstOrder {
    /// Reachable states in postorder: for every edge that is not a back edge, the target
    /// comes before the source.
    let postorder: [Int]
    /// Position of each state in `postorder`, or -1 when unreachable from the start.
    let postIndex: [Int]
    /// Per edge index of the scope graph: whether it is a back edge.
    let isBackEdge: [Bool]

    /// - Complexity: O(V + E), iterative.
    init(graph: ScopeGraph) {
        var postorder: [Int] = []
        var postIndex = Array(repeating: -1, count: graph.count)
        var isBackEdge = Array(repeating: false, count: graph.edges.count)
        var visited = Array(repeating: false, count: graph.count)
        var onStack = Array(repeating: false, count: graph.count)
        if let start = graph.start {
            var frames: [(node: Int, next: Int)] = [(start, 0)]
            visited[start] = true
            onStack[start] = true
            while let frame = frames.last {
                let out = graph.outgoing[frame.node]
                if frame.next < out.count {
                    frames[frames.count - 1].next += 1
                    let edge = out[frame.next]
                    let target = graph.edges[edge].to
                    if onStack[target] {
                        isBackEdge[edge] = true
                    } else if !visited[target] {
                        visited[target] = true
                        onStack[target] = true
                        frames.append((target, 0))
                    }
                    continue
                }
                frames.removeLast()
                onStack[frame.node] = false
                postIndex[frame.node] = postorder.count
                postorder.append(frame.node)
            }
        }
        self.postorder = postorder
        self.postIndex = postIndex
        self.isBackEdge = isBackEdge
    }

    func isReachable(_ state: Int) -> Bool { postIndex[state] >= 0 }
}
