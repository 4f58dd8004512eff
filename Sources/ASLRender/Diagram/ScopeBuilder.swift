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
    /// Each scope's merged Catch edges, made before the walk to count the edges it draws.
    private var mergedByScope: [String: MergedCatches] = [:]

    init(context: DiagramContext, countingEdgesFrom firstIndex: Int? = nil) {
        self.context = context
        firstCountedIndex = firstIndex ?? 0
        if firstIndex != nil {
            edgeCount = MermaidEdgeCount()
            return
        }
        // Reserved once: a list of 50,000 edges that doubles as it grows held one and a half
        // copies at its peak. Each scope draws its flow edges but the merged ones, an edge per
        // successful terminal, and at most one branch edge per nested scope; one Start edge.
        var count = context.graphs.scopes.count
        for graph in context.graphs.scopes {
            let merged = mergedByScope.removeValue(forKey: graph.scope.pointer) ?? mergedCatches(graph)
            count += graph.edges.count - merged.edges.count + graph.termination.count { $0 == .succeeds }
            mergedByScope[graph.scope.pointer] = merged
        }
        edges.reserveCapacity(count)
    }

    /// The items of `graph`'s scope. `exit` is the join node a nested scope's terminal states
    /// lead to (`nil` for the machine's own scope, whose terminals lead to End markers).
    mutating func scope(_ graph: ScopeGraph, unreachable inherited: Bool, exit: String?) -> [Diagram.Item] {
        let reachable = graph.reachableFromStart()
        let merged = mergedByScope.removeValue(forKey: graph.scope.pointer) ?? mergedCatches(graph)
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
            guard let graph = context.graphs.graph(forScopeAt: child.pointer) else { continue }
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
