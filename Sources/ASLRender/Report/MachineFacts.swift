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
        let graphs = MachineGraph(machine: machine)
        var unreachableNames: [String] = []
        var unreachableScopes: Set<String> = []  // pointers of scopes inside unreachable states
        for graph in graphs.scopes {
            let inherited = unreachableScopes.contains(graph.scope.pointer)
            let reachable = graph.reachableFromStart()
            for (i, state) in graph.scope.states.enumerated() where inherited || !reachable[i] {
                unreachableNames.append(state.name)
                for child in state.childScopes { unreachableScopes.insert(child.pointer) }
            }
        }
        stateCount = graphs.scopes.reduce(0) { $0 + $1.count }
        nestedStateCount = stateCount - graphs.root.count
        transitionCount = graphs.scopes.reduce(0) { $0 + $1.edges.count }
        scopeCount = graphs.scopes.count
        unreachable = unreachableNames
    }
}
