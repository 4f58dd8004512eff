import ASLAnalysis
import ASLModel

/// Counts the report's summary needs, from the scope graphs.
struct MachineFacts {
    var stateCount: Int
    var nestedStateCount: Int
    var transitionCount: Int
    var scopeCount: Int
    /// Unreachable states in document order; states inside an unreachable Parallel or Map count.
    var unreachable: [String]

    /// - Complexity: O(states + transitions).
    init(_ machine: StateMachine) {
        var unreachableNames: [String] = []
        var unreachableScopes: Set<String> = []  // pointers of scopes inside unreachable states
        var stateCount = 0
        var transitionCount = 0
        // One scope's graph at a time: the graphs of 15,000 small scopes held 5 MB at once.
        for scope in machine.allScopes {
            let graph = ScopeGraph(scope: scope)
            let inherited = unreachableScopes.contains(scope.pointer)
            let reachable = graph.reachableFromStart()
            for (i, state) in scope.states.enumerated() where inherited || !reachable[i] {
                unreachableNames.append(state.name)
                for child in state.childScopes { unreachableScopes.insert(child.pointer) }
            }
            stateCount += graph.count
            transitionCount += graph.edges.count
        }
        self.stateCount = stateCount
        nestedStateCount = stateCount - machine.root.states.count
        self.transitionCount = transitionCount
        scopeCount = machine.allScopes.count
        unreachable = unreachableNames
    }
}
