/// Transitions present in one version only. Two transitions are the same when they join the
/// same states (head names) with the same kind of edge; a Choice rule moving from position 2
/// to 3 is not a new transition.
enum TransitionDiff {
    /// - Complexity: O(E) per scope. A `TransitionChange` is made only for a transition that
    ///   changed.
    static func compare(base: KeyedScope, head: KeyedScope) -> (added: [TransitionChange], removed: [TransitionChange]) {
        let baseEdges = base.graph.edges, headEdges = head.graph.edges
        let unmatched = OrderedMatching.unmatched(
            baseCount: baseEdges.count, headCount: headEdges.count,
            baseKey: { key(baseEdges[$0], in: base, renames: base.renames) },
            headKey: { key(headEdges[$0], in: head, renames: [:]) })
        return (
            unmatched.head.map { change(headEdges[$0], in: head, renames: [:]) },
            unmatched.base.map { change(baseEdges[$0], in: base, renames: base.renames) }
        )
    }

    /// Every transition of a scope, state names mapped through `renames`.
    static func transitions(of keyed: KeyedScope, renames: [String: String]) -> [TransitionChange] {
        keyed.graph.edges.map { change($0, in: keyed, renames: renames) }
    }

    private static func change(_ edge: FlowEdge, in keyed: KeyedScope, renames: [String: String]) -> TransitionChange {
        let scope = keyed.scope
        return TransitionChange(
            scope: scope.displayName, from: name(scope.states[edge.from].name, renames),
            to: name(scope.states[edge.to].name, renames), label: EdgeText.label(edge.kind), line: edge.position.line)
    }

    private static func key(_ edge: FlowEdge, in keyed: KeyedScope, renames: [String: String]) -> Key {
        let states = keyed.scope.states
        return Key(from: name(states[edge.from].name, renames), to: name(states[edge.to].name, renames), kind: edge.kind.name)
    }

    private static func name(_ name: String, _ renames: [String: String]) -> String { renames[name] ?? name }

    /// Rule and catcher indices are left out on purpose: reordering rules changes no transition.
    private struct Key: Hashable {
        var from: String
        var to: String
        var kind: String
    }
}
