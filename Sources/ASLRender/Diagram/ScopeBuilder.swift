import ASLAnalysis
import ASLModel

/// Walks one scope after another, collecting nodes into clusters and edges into one list.
struct ScopeBuilder {
    let context: DiagramContext
    var edges: [Diagram.Edge] = []
    /// When set, edges are counted here instead of kept in `edges`; the first counted one
    /// has position `firstCountedIndex` in the diagram's list.
    var edgeCount: MermaidEdgeCount?
    private let firstCountedIndex: Int
    var endMarkers: [Diagram.Item] = []
    var notes: [String] = []

    init(context: DiagramContext, countingEdgesFrom firstIndex: Int? = nil) {
        self.context = context
        firstCountedIndex = firstIndex ?? 0
        if firstIndex != nil {
            edgeCount = MermaidEdgeCount()
            return
        }
        // Reserved once: a list of 50,000 edges that doubles as it grows held one and a half
        // copies at its peak.
        edges.reserveCapacity(edgeCapacity())
    }

    /// How many edges the walk can draw: each drawn scope its flow edges but the merged ones,
    /// an edge per successful terminal and at most one branch edge into it; one Start edge.
    /// Only drawn scopes count (a collapsed drawing of many small Parallels reserved twice
    /// its edges), each graph built for the count and freed again, like the merged Catch
    /// edges, which the walk finds again.
    func edgeCapacity() -> Int {
        var count = 0
        for (i, scope) in context.drawnScopes.enumerated() {
            let graph = i == 0 ? context.root : ScopeGraph(scope: scope)
            count += 1 + graph.edges.count - mergedCatches(graph).edges.count + graph.termination.count { $0 == .succeeds }
        }
        return count
    }

    /// The items of `graph`'s scope. `exit` is the join node a nested scope's terminal states
    /// lead to (`nil` for the machine's own scope, whose terminals lead to End markers).
    mutating func scope(_ graph: ScopeGraph, unreachable inherited: Bool, exit: String?) -> [Diagram.Item] {
        let reachable = graph.reachableFromStart()
        let merged = mergedCatches(graph)
        var items: [Diagram.Item] = []
        var exitIDs: [String] = []
        for (i, state) in graph.scope.states.enumerated() {
            let unreachable = inherited || !reachable[i]
            let node = context.stateNode(state, inScope: graph.scope.pointer, unreachable: unreachable, merged: merged.badges[i] ?? [])
            if context.collapse || state.childScopes.isEmpty {
                items.append(.node(node))
                exitIDs.append(node.id)
            } else {
                let (cluster, joinID) = nested(state, inScope: graph.scope.pointer, node: node, unreachable: unreachable)
                items.append(.cluster(cluster))
                exitIDs.append(joinID)
            }
        }
        transitions(graph, exitIDs: exitIDs, merged: merged.edges)
        terminals(graph, exitIDs: exitIDs, exit: exit)
        return items
    }

    /// A Parallel or Map drawn as a cluster: the state's own node on top, one cluster per
    /// branch (or the item processor), and a join bar below where the flow continues.
    private mutating func nested(_ state: State, inScope pointer: String, node: Diagram.Node, unreachable: Bool)
        -> (Diagram.Cluster, String)
    {
        let slug = context.ids.slug(state.name, inScope: pointer)
        let isMap = state.map != nil
        let distributed = state.map?.mode == .distributed
        var cluster = Diagram.Cluster(
            id: "scope-\(slug)", kind: isMap ? .map : .parallel,
            title: (isMap ? "Map: " : "Parallel: ") + VisibleName.of(state.name) + (distributed ? " (distributed)" : ""))
        cluster.distributed = distributed
        cluster.unreachable = unreachable
        let joinID = "join-\(slug)"
        var join = Diagram.Node(
            id: joinID, kind: .join, stateName: state.name, title: isMap ? "all items done" : "all branches done",
            tooltip: VisibleName.of(state.name) + (isMap ? ": all items done" : ": all branches done"))
        join.unreachable = unreachable
        join.highlighted = node.highlighted
        cluster.items.append(.node(node))
        for (index, child) in state.childScopes.enumerated() {
            let graph = ScopeGraph(scope: child)
            var inner = Diagram.Cluster(
                id: isMap ? "scope-\(slug)-items" : "scope-\(slug)-branch-\(index + 1)",
                kind: isMap ? .iteration : .branch,
                title: isMap ? (distributed ? "child workflow per item" : "each item") : "Branch \(index + 1)")
            inner.distributed = distributed
            inner.unreachable = unreachable
            inner.items = scope(graph, unreachable: unreachable, exit: joinID)
            cluster.items.append(.cluster(inner))
            if let start = graph.start {
                let startName = graph.scope.states[start].name
                var edge = Diagram.Edge(from: node.id, to: context.ids.stateID(startName, inScope: graph.scope.pointer), kind: .branch)
                edge.transition = TransitionRef(from: state.name, to: startName)
                context.decorate(&edge)
                add(edge)
            }
        }
        cluster.items.append(.node(join))
        return (cluster, joinID)
    }
}

extension ScopeBuilder {
    /// `edge` kept, or counted when the builder counts.
    mutating func add(_ edge: Diagram.Edge) {
        if let counted = edgeCount?.edgeCount {
            edgeCount?.add(edge, index: firstCountedIndex + counted)
        } else {
            edges.append(edge)
        }
    }
}
