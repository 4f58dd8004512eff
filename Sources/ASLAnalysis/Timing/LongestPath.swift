/// Longest path from the start through the condensation of a scope graph (each strongly
/// connected component is one node), which is acyclic, so a single pass in topological order
/// finds it. Components carry their cost; `key` orders costs (seconds first, or transitions).
///
/// - Complexity: O(V + E).
struct LongestPath {
    /// Components in reverse topological order (as Tarjan's algorithm yields them).
    let components: StronglyConnectedComponents
    let componentOf: [Int]
    let cost: [Measure]
    let edges: [FlowEdge]
    let outgoing: EdgeLists
    let isEnd: [Bool]

    struct Result {
        var total: Measure
        /// Components from the start's to the last, and the edge that enters each (nil for the first).
        var path: [(component: Int, entry: Int?)]
    }

    func run(from start: Int, key: (Measure) -> (Double, Double)) -> Result {
        var best = [Measure?](repeating: nil, count: components.count)
        var entry = [Int?](repeating: nil, count: components.count)
        let startComponent = componentOf[start]
        best[startComponent] = cost[startComponent]
        for c in components.indices.reversed() {
            guard let here = best[c] else { continue }
            for node in components[c] {
                for e in outgoing[node] {
                    let target = componentOf[edges[e].to]
                    guard target != c else { continue }
                    let candidate = here + cost[target]
                    if let known = best[target], key(known) >= key(candidate) { continue }
                    best[target] = candidate
                    entry[target] = e
                }
            }
        }
        var last: Int?
        for c in components.indices.reversed() where best[c] != nil && components[c].contains(where: { isEnd[$0] }) {
            if last == nil || key(best[c]!) > key(best[last!]!) { last = c }
        }
        if last == nil {
            for c in components.indices.reversed() where best[c] != nil {
                if last == nil || key(best[c]!) > key(best[last!]!) { last = c }
            }
        }
        guard var c = last else { return Result(total: .zero, path: []) }
        var path: [(component: Int, entry: Int?)] = [(c, entry[c])]
        while let e = entry[c] {
            c = componentOf[edges[e].from]
            path.append((c, entry[c]))
        }
        path.reverse()
        return Result(total: best[last!]!, path: path)
    }
}
