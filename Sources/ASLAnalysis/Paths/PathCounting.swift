import BigInt

/// Counts start-to-terminal paths of one scope by dynamic programming, never by enumeration.
///
/// A *path* is a sequence of edges from `StartAt` to a state that ends the scope (End, Succeed,
/// Fail); two Choice rules leading to the same state make two paths, because a test must make a
/// different rule match. A path may continue through a terminal state that also has a Catch edge.
///
/// **Loops.** A *loop* is a strongly connected component with a cycle. Its *back edges* are the
/// edges to a state still on the stack of one depth-first search from the start (outgoing edges
/// in document order; see `DepthFirstOrder`). "Each loop taken at most K times" means: each time
/// a path is inside a loop component, it traverses that component's back edges at most K times
/// in total. Once a path leaves a component it can never come back (the components form a DAG),
/// so this is also the total per loop. With one simple loop this is "go around at most K times":
/// for `A → B`, `B → A | C`, K = 1 counts `A B C` and `A B A B C`.
///
/// The count is the number of paths in the graph unrolled K times: node (v, j) means "at v having
/// used j back edges of v's component"; a back edge goes from layer j to j + 1, an edge leaving
/// the component goes to layer 0 of the next one. That graph is acyclic and is processed by
/// component in reverse topological order, layers from K down to 0, states in DFS postorder.
/// - Complexity: O((K + 1) · (V + E)) big-integer additions.
struct PathCounting {
    let graph: ScopeGraph
    let order: DepthFirstOrder
    let loopUnroll: Int

    func count() -> BigInt {
        guard let start = graph.start else { return 0 }
        let components = graph.stronglyConnectedComponents()
        var componentOf = Array(repeating: -1, count: graph.count)
        for (c, members) in components.enumerated() { for m in members { componentOf[m] = c } }
        // counts[layerStart[v] + j]: paths from (v, j) to a terminal state, with one layer for
        // states outside loops and none for unreachable ones. One array for the scope: one per
        // state cost an allocation each.
        var layerCount = [Int](repeating: 1, count: components.count)
        var layerStart = [Int](repeating: -1, count: graph.count)
        var layerTotal = 0
        for (c, members) in components.enumerated() {
            let cyclic = members.count > 1 || graph.successors(of: members[0]).contains(members[0])
            layerCount[c] = cyclic ? loopUnroll + 1 : 1
            for v in members where order.isReachable(v) {
                layerStart[v] = layerTotal
                layerTotal += layerCount[c]
            }
        }
        // Each count is freed (set to 0, which holds no storage) after its last reader: all
        // kept, a chain of n Choices held n numbers of up to n bits, O(n²) (113 MB for the
        // 60,000 states of a 12 MB machine).
        var readsLeft = [Int32](repeating: 0, count: layerTotal)
        visit(components, componentOf: componentOf, layerCount: layerCount, layerStart: layerStart) { _, source in
            if let source { readsLeft[source] += 1 }
        }
        let result = layerStart[start]
        var counts = [BigInt](repeating: 0, count: layerTotal)
        visit(components, componentOf: componentOf, layerCount: layerCount, layerStart: layerStart) { target, source in
            if let source {
                counts[target] += counts[source]
                readsLeft[source] -= 1
                if readsLeft[source] == 0 && source != result { counts[source] = 0 }
            } else {
                counts[target] = 1
            }
        }
        return result >= 0 ? counts[result] : 0
    }

    /// Goes through the unrolled graph in the order the counts need: for each slot (v, j),
    /// `add(slot, nil)` when v ends the scope, then `add(slot, w's slot)` for each edge
    /// v → w, in edge order. Called twice: once to count each slot's readers, once to add.
    private func visit(
        _ components: StronglyConnectedComponents, componentOf: [Int], layerCount: [Int], layerStart: [Int],
        _ add: (_ target: Int, _ source: Int?) -> Void
    ) {
        for (c, members) in components.enumerated() {
            let reachable = members.filter(order.isReachable).sorted { order.postIndex[$0] < order.postIndex[$1] }
            guard !reachable.isEmpty else { continue }
            let layers = layerCount[c]
            for j in stride(from: layers - 1, through: 0, by: -1) {
                for v in reachable {
                    let slot = layerStart[v] + j
                    if graph.termination[v] != nil { add(slot, nil) }
                    for e in graph.outgoing[v] {
                        let w = graph.edges[e].to
                        if componentOf[w] != c {
                            add(slot, layerStart[w])
                        } else if order.isBackEdge[e] {
                            if j + 1 < layers { add(slot, layerStart[w] + j + 1) }
                        } else {
                            add(slot, layerStart[w] + j)
                        }
                    }
                }
            }
        }
    }
}
