/// Transitions present in one version only. Two transitions are the same when they join the
/// same states (head names) with the same kind of edge; a Choice rule moving from position 2
/// to 3 is not a new transition.
enum TransitionDiff {
    /// - Complexity: O(E) per scope.
    static func compare(base: KeyedScope, head: KeyedScope) -> (added: [TransitionChange], removed: [TransitionChange]) {
        let baseEdges = transitions(of: base, renames: base.renames)
        let headEdges = transitions(of: head, renames: [:])
        var remaining: [String: Int] = [:]
        for edge in baseEdges { remaining[key(edge), default: 0] += 1 }
        var added: [TransitionChange] = []
        for edge in headEdges {
            if let count = remaining[key(edge)], count > 0 {
                remaining[key(edge)] = count - 1
            } else {
                added.append(edge)
            }
        }
        var headCounts: [String: Int] = [:]
        for edge in headEdges { headCounts[key(edge), default: 0] += 1 }
        let removed = baseEdges.filter { edge in
            if let count = headCounts[key(edge)], count > 0 {
                headCounts[key(edge)] = count - 1
                return false
            }
            return true
        }
        return (added, removed)
    }

    /// Every transition of a scope, state names mapped through `renames`.
    static func transitions(of keyed: KeyedScope, renames: [String: String]) -> [TransitionChange] {
        let scope = keyed.scope
        return keyed.graph.edges.map { edge in
            TransitionChange(
                scope: scope.displayName, from: name(scope.states[edge.from].name, renames),
                to: name(scope.states[edge.to].name, renames), label: EdgeText.label(edge.kind), line: edge.position.line)
        }
    }

    private static func name(_ name: String, _ renames: [String: String]) -> String { renames[name] ?? name }

    private static func key(_ edge: TransitionChange) -> String {
        let kind = edge.label.hasPrefix("rule") ? "rule" : edge.label.hasPrefix("catch") ? "catch" : edge.label
        return [edge.from, edge.to, kind].joined(separator: "\u{1}")
    }
}
