import ASLModel

/// Structural changes the DOT writer makes so `dot` lays the picture out in reasonable time;
/// Mermaid draws the diagram as built.
///
/// `dot` pulls a state below every source of its incoming edges and routes every edge around
/// the others, so a state shared by many sources (a Fail every Choice's `Default` leads to)
/// and bundles of parallel edges (a Choice with thousands of rules to a few states) dominate
/// the layout: 200 Choices defaulting to one Fail did not finish in 60 s, and took 0.25 s
/// with proxies (the whole `aslkit render`).
/// - Complexity: O(nodes + edges).
enum LayoutSimplification {
    static func apply(_ diagram: inout Diagram, options: DiagramOptions) {
        guard options.tuning == .tuned else { return }
        mergeParallelEdges(&diagram, limit: options.parallelEdgeLimit)
        addProxies(&diagram, threshold: options.proxyThreshold, everyShared: options.proxyEverySharedState)
    }

    /// Edges that only lead into the flow's own structure are never merged or proxied.
    private static func isStructural(_ kind: Diagram.EdgeKind) -> Bool {
        kind == .start || kind == .end || kind == .branch || kind == .join
    }

    /// More than `limit` edges of one kind from one node to another become one edge (at the
    /// position of the first) labelled with their count; the tooltip lists the first labels.
    static func mergeParallelEdges(_ diagram: inout Diagram, limit: Int) {
        struct Key: Hashable { var from: String, to: String, kind: Diagram.EdgeKind }
        // Counted first, so that only bundles past the limit get a list of their edges: a list
        // for every pair of states took 14 MB for a 50,000-state machine.
        var counts: [Key: Int] = [:]
        for edge in diagram.edges where !isStructural(edge.kind) {
            counts[Key(from: edge.from, to: edge.to, kind: edge.kind), default: 0] += 1
        }
        var groups: [Key: [Int]] = [:]
        for (i, edge) in diagram.edges.enumerated() where !isStructural(edge.kind) {
            let key = Key(from: edge.from, to: edge.to, kind: edge.kind)
            if counts[key, default: 0] > limit { groups[key, default: []].append(i) }
        }
        counts = [:]
        var dropped = Set<Int>()
        var merged = 0
        for indices in groups.values where indices.count > limit {
            let first = indices[0]
            let labels = indices.compactMap { diagram.edges[$0].tooltip ?? diagram.edges[$0].label }
            var edge = diagram.edges[first]
            if edge.label != nil { edge.label = "\(indices.count) rules" }
            let shown = labels.prefix(10).joined(separator: "\n")
            edge.tooltip = labels.count > 10 ? shown + "\n… and \(labels.count - 10) more" : shown
            edge.highlighted = indices.contains { diagram.edges[$0].highlighted }
            if indices.contains(where: { diagram.edges[$0].covered == true }) { edge.covered = true }
            diagram.edges[first] = edge
            dropped.formUnion(indices.dropFirst())
            merged += 1
        }
        guard merged > 0 else { return }
        diagram.edges = diagram.edges.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        diagram.notes.append("\(merged) bundle\(merged == 1 ? "" : "s") of more than \(limit) parallel transitions drawn as one edge each")
    }

    /// Every edge into a shared state after its first one leads to a copy of that state placed
    /// beside the edge's source instead: for `Default` edges and terminal targets, or for every
    /// edge when `everyShared`.
    static func addProxies(_ diagram: inout Diagram, threshold: Int, everyShared: Bool) {
        var incoming: [String: Int] = [:]
        for edge in diagram.edges where !isStructural(edge.kind) { incoming[edge.to, default: 0] += 1 }
        // Only the nodes that may get proxies are looked up by id: a copy of every node, and a
        // dictionary of them all, took 32 MB for a 50,000-state machine.
        let (nodeByID, nodeCount) = nodes(in: diagram.items, where: { incoming[$0, default: 0] > threshold })
        // A dense graph (a 40-state complete graph: 1,600 edges) did not lay out in 12 s with
        // only Default and terminal targets proxied; proxying every shared state took 0.5 s.
        let dense = diagram.edges.count > 3 * max(nodeCount, 20)
        let everyShared = everyShared || dense
        var seen: Set<String> = []
        var proxiesAfter: [String: [Diagram.Node]] = [:]
        var count: [String: Int] = [:]
        for (i, edge) in diagram.edges.enumerated() where !isStructural(edge.kind) {
            guard incoming[edge.to, default: 0] > threshold, let target = nodeByID[edge.to] else { continue }
            guard seen.contains(edge.to) else {
                seen.insert(edge.to)
                continue
            }
            guard everyShared || edge.kind == .default || isTerminal(target) else { continue }
            let n = count[edge.to, default: 0] + 1
            count[edge.to] = n
            var proxy = target
            proxy.id = "proxy-\(n)-\(target.id)"
            proxy.proxyOf = target.id
            proxy.subtitle = nil
            proxy.badges = []
            proxy.stateText = nil
            proxy.severity = nil
            proxy.tooltip = target.title + "\n(drawn again here: \(incoming[edge.to, default: 0]) transitions lead to this state)"
            proxiesAfter[edge.from, default: []].append(proxy)
            diagram.edges[i].to = proxy.id
        }
        guard !proxiesAfter.isEmpty else { return }
        diagram.items = inserting(proxiesAfter, into: diagram.items)
        let total = count.values.reduce(0, +)
        diagram.notes.append("\(total) transition\(total == 1 ? "" : "s") into states entered more than \(threshold) times drawn to proxies")
    }

    /// The first node of each id that `wanted` accepts, and how many nodes there are.
    private static func nodes(in items: [Diagram.Item], where wanted: (String) -> Bool) -> ([String: Diagram.Node], Int) {
        var found: [String: Diagram.Node] = [:]
        var count = 0
        var stack: [Diagram.Item] = items.reversed()
        while let item = stack.popLast() {
            switch item {
            case .node(let node):
                count += 1
                if wanted(node.id), found[node.id] == nil { found[node.id] = node }
            case .cluster(let cluster): stack.append(contentsOf: cluster.items.reversed())
            }
        }
        return (found, count)
    }

    private static func isTerminal(_ node: Diagram.Node) -> Bool {
        if case .state(let type, _) = node.kind { return type == .succeed || type == .fail }
        return false
    }

    /// `items` with each node's proxies right after it, in the same cluster. Recursion depth is
    /// the cluster depth, which the JSON reader's nesting limit bounds (see `DiagramBuilder`).
    private static func inserting(_ proxies: [String: [Diagram.Node]], into items: [Diagram.Item]) -> [Diagram.Item] {
        var result: [Diagram.Item] = []
        for item in items {
            switch item {
            case .node(let node):
                result.append(item)
                result += (proxies[node.id] ?? []).map(Diagram.Item.node)
            case .cluster(var cluster):
                cluster.items = inserting(proxies, into: cluster.items)
                result.append(.cluster(cluster))
            }
        }
        return result
    }
}
