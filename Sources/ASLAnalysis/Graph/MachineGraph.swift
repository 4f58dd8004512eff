import ASLModel

/// The graphs of every scope of a machine, the machine's own first, in document order.
public struct MachineGraph: Sendable {
    public let machine: StateMachine
    public let scopes: [ScopeGraph]
    private let indexByPointer: [String: Int]

    public init(machine: StateMachine) {
        self.machine = machine
        self.scopes = machine.allScopes.map(ScopeGraph.init(scope:))
        var index: [String: Int] = [:]
        for (i, graph) in scopes.enumerated() { index[graph.scope.pointer] = i }
        self.indexByPointer = index
    }

    public var root: ScopeGraph { scopes[0] }

    public func graph(forScopeAt pointer: String) -> ScopeGraph? { indexByPointer[pointer].map { scopes[$0] } }

    /// A readable dump for failing tests: every scope, its start, and each edge with its kind.
    public func debugDescription() -> String {
        var lines: [String] = []
        for graph in scopes {
            lines.append("scope \(graph.scope.displayName) [\(graph.scope.pointer)] start=\(graph.start.map { graph.scope.states[$0].name } ?? "-")")
            for (i, state) in graph.scope.states.enumerated() {
                let term = graph.termination[i].map { " (\($0))" } ?? ""
                lines.append("  \(i) \(state.name)\(term)")
                for e in graph.outgoing[i] {
                    let edge = graph.edges[e]
                    lines.append("    -\(edge.kind)-> \(graph.scope.states[edge.to].name)")
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
