/// Which variables are certainly assigned when each state of one scope is entered: a forward
/// must-analysis (intersection over incoming edges) solved with a worklist.
///
/// Transfer along an edge from state `u`: `in(u) ∪ assigned(u, edge)`, where `assigned` is
/// the state's `Assign`, or a matched Choice rule's own `Assign` instead, or along a Catch edge
/// only the Catcher's `Assign` (the state's own did not happen).
///
/// - Complexity: every `in` set only shrinks, so each state is re-queued at most once per
///   name it loses: O((V + E) · N · N/64) in the worst case for N names, and O((V + E) · N/64)
///   on ordinary machines where each state settles after one or two visits. No path enumeration.
struct DefiniteAssignment {
    /// Names assigned along each kind of outgoing edge of one state.
    struct Transfer {
        var state: NameSet
        var rules: [Int: NameSet]
        var catchers: [Int: NameSet]
    }

    /// `entry` is what holds at `StartAt`. Returns the set per state; `nil` for states not
    /// reachable from the start.
    static func solve(_ graph: ScopeGraph, entry: NameSet, transfer: [Transfer]) -> [NameSet?] {
        var sets = [NameSet?](repeating: nil, count: graph.count)
        guard let start = graph.start else { return sets }
        sets[start] = entry
        var queued = [Bool](repeating: false, count: graph.count)
        var worklist = [start]
        queued[start] = true
        while let u = worklist.popLast() {
            queued[u] = false
            guard let current = sets[u] else { continue }
            for e in graph.outgoing[u] {
                let edge = graph.edges[e]
                // The start is also entered from outside with `entry` alone; every path
                // only adds to that, so its set stays `entry`.
                if edge.to == start { continue }
                let out: NameSet
                switch edge.kind {
                case .next, .choiceDefault: out = current.union(transfer[u].state)
                case .choiceRule(let i): out = current.union(transfer[u].rules[i] ?? transfer[u].state)
                case .catcher(let i): out = transfer[u].catchers[i].map(current.union) ?? current
                }
                let merged = sets[edge.to].map { $0.intersection(out) } ?? out
                if merged != sets[edge.to] {
                    sets[edge.to] = merged
                    if !queued[edge.to] {
                        queued[edge.to] = true
                        worklist.append(edge.to)
                    }
                }
            }
        }
        return sets
    }
}
