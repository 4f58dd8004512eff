import ASLModel

/// A scope with a key that identifies it across versions: the chain of parent state names
/// and branch indices (head names, renames applied), not the JSON pointer, so that renaming a
/// Parallel state does not make its branches new.
struct KeyedScope {
    var key: String
    var scope: Scope
    var graph: ScopeGraph
    /// Per state: reachable from the machine's start (its own scope's start and every parent).
    var reachable: [Bool]
    /// Base name → head name of the states of this scope that were renamed (base side only).
    var renames: [String: String]
}

enum KeyedScopes {
    static let rootKey = ""

    /// Walks the scopes parents first. `renamesFor` is asked for each scope when it is
    /// visited, before its children are keyed.
    /// - Complexity: O(V + E) plus what `renamesFor` costs. Iterative.
    static func walk(_ graph: MachineGraph, renamesFor: (String, Scope) -> [String: String]) -> [KeyedScope] {
        var result: [KeyedScope] = []
        var stack: [(scope: Scope, key: String, parentReachable: Bool)] = [(graph.machine.root, rootKey, true)]
        while let (scope, key, parentReachable) = stack.popLast() {
            guard let scopeGraph = graph.graph(forScopeAt: scope.pointer) else { continue }
            let reachable = scopeGraph.reachableFromStart().map { $0 && parentReachable }
            let renames = renamesFor(key, scope)
            result.append(KeyedScope(key: key, scope: scope, graph: scopeGraph, reachable: reachable, renames: renames))
            for (i, state) in scope.states.enumerated().reversed() {
                let name = renames[state.name] ?? state.name
                for (c, child) in state.childScopes.enumerated().reversed() {
                    stack.append((child, childKey(key, state: name, child: child, index: c), reachable[i]))
                }
            }
        }
        return result
    }

    static func childKey(_ parent: String, state: String, child: Scope, index: Int) -> String {
        let part: String
        switch child.kind {
        case .mapProcessor: part = "map"
        default: part = String(index)
        }
        return parent + "\u{1}" + state + "\u{1}" + part
    }
}
