import ASLModel
import ASLSource

/// The transition graph of one scope, index-based: node `i` is `scope.states[i]`.
///
/// Written here rather than taken from a graph library: SwiftGraph looks vertices up in O(V)
/// and has no strongly connected components, and every analysis needs edges that carry their
/// kind (Choice rule, Default, Catch).
public struct ScopeGraph: Sendable {
    public let scope: Scope
    public let start: Int?
    /// Edges in document order of their source state, then field order.
    public let edges: [FlowEdge]
    /// Indices into `edges`, per state.
    public let outgoing: EdgeLists
    public let incoming: EdgeLists
    public let termination: [Termination?]
    /// Transitions whose target is not a state of this scope: (state index, target name, position).
    public let danglingTargets: [(state: Int, target: String, position: SourcePosition)]

    /// One termination per state: read from the graph's own array, not through the scope's box.
    public var count: Int { termination.count }

    public init(scope: Scope) {
        self.scope = scope
        // Read once: each `scope.states` counts a reference to the list.
        let states = scope.states
        var edges: [FlowEdge] = []
        var dangling: [(Int, String, SourcePosition)] = []
        func add(_ from: Int, _ target: Located<String>?, _ kind: FlowEdge.Kind) {
            guard let target else { return }
            if let to = scope.index(of: target.value) {
                edges.append(FlowEdge(from: from, to: to, kind: kind, position: target.position))
            } else {
                dangling.append((from, target.value, target.position))
            }
        }
        var termination: [Termination?] = []
        // Most states have one edge: reserved so that small scopes grow neither array.
        termination.reserveCapacity(states.count)
        edges.reserveCapacity(states.count)
        // States and catchers are read in place, by index: a copy of each counted references
        // (a Catcher holds two).
        func addCatchers(_ from: Int, _ catchers: [Catcher]) {
            for c in catchers.indices { add(from, catchers[c].next, .catcher(catchers[c].index)) }
        }
        for i in states.indices {
            if let choice = states[i].choice {
                for rule in choice.rules { add(i, rule.next, .choiceRule(rule.index)) }
                add(i, choice.defaultTarget, .choiceDefault)
            } else {
                add(i, states[i].next, .next)
            }
            addCatchers(i, states[i].catchers)
            switch states[i].type {
            case .succeed: termination.append(.succeeds)
            case .fail: termination.append(.fails)
            case .choice: termination.append(nil)
            default: termination.append(states[i].isEnd ? .succeeds : nil)
            }
        }
        let built = edges
        self.outgoing = EdgeLists(states: states.count, edgeCount: built.count) { built[$0].from }
        self.incoming = EdgeLists(states: states.count, edgeCount: built.count) { built[$0].to }
        self.edges = edges
        self.termination = termination
        self.danglingTargets = dangling
        self.start = scope.startAt.flatMap { scope.index(of: $0.value) }
    }

    public func successors(of node: Int) -> [Int] { outgoing[node].map { edges[$0].to } }

    public func predecessors(of node: Int) -> [Int] { incoming[node].map { edges[$0].from } }
}
