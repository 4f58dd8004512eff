import ASLAnalysis
import ASLModel

/// The head version drawn by the shared diagram renderer (`DiagramBuilder` and
/// `MermaidWriter`), with the change laid over it: added, changed and renamed states filled in
/// colour, removed states added back as dashed ghosts, new transitions thick green, removed
/// ones dotted grey with a cross for a head (not dashed red: that is how Catch edges look).
/// The overlay classes come after the writer's own, so their colours win.
enum DiffMermaid {
    /// GitHub stops drawing Mermaid charts around 500 edges; larger machines get no diagram.
    static let maxStates = 250

    static let legend =
        "Legend: green = added, yellow = changed, blue = renamed, grey dashed = removed (ghost); thick green arrows are new transitions, dotted grey arrows ending in × removed ones; dashed red arrows are Catch edges."

    static func render(_ diff: MachineDiff) -> String? {
        guard let head = diff.head else { return nil }
        guard head.allStates.count + diff.removedStates.count <= maxStates else { return nil }
        var diagram = DiagramBuilder.build(head, options: DiagramOptions())
        var idByState: [String: String] = [:]
        for node in diagram.allNodes {
            if case .state = node.kind, let name = node.stateName, idByState[name] == nil { idByState[name] = node.id }
        }
        var overlay: [(id: String, style: String)] = []
        func mark(_ names: [String], _ style: String) {
            for name in names { if let id = idByState[name] { overlay.append((id, style)) } }
        }
        mark(diff.addedStates.map(\.name), "diff_added")
        mark(diff.changedStates.map(\.state.name), "diff_changed")
        mark(diff.renamedStates.map(\.state.name), "diff_renamed")

        let added = Set(diff.addedTransitions.map { TransitionRef(from: $0.from, to: $0.to) })
        var addedEdges = diagram.edges.indices.filter { diagram.edges[$0].transition.map(added.contains) ?? false }
        if diff.status == .added { addedEdges = [] }
        for (i, ref) in diff.removedStates.enumerated() {
            let id = "diff-removed-\(i)"
            idByState[ref.name] = idByState[ref.name] ?? id
            let ghost = Diagram.Node(
                id: id, kind: .state(StateType(rawValue: ref.type), nil), stateName: ref.name, title: VisibleName.of(ref.name),
                subtitle: "removed", tooltip: VisibleName.of(ref.name))
            if !Self.insert(.node(ghost), into: ref.scopeKind, of: &diagram.items) { diagram.items.append(.node(ghost)) }
            overlay.append((id, "diff_removed"))
        }
        for t in diff.removedTransitions {
            guard let from = idByState[t.from], let to = idByState[t.to] else { continue }
            diagram.edges.append(
                Diagram.Edge(
                    from: from, to: to, kind: .removed, label: t.label == "next" ? nil : t.label,
                    transition: TransitionRef(from: t.from, to: t.to)))
        }

        var lines = [MermaidWriter().write(diagram).trimmingCharacters(in: .newlines)]
        let definitions = [
            ("diff_added", "fill:#dafbe1,stroke:#1a7f37,stroke-width:3px,color:#0d1117"),
            ("diff_changed", "fill:#fff8c5,stroke:#9a6700,stroke-width:3px,color:#0d1117"),
            ("diff_renamed", "fill:#ddf4ff,stroke:#0969da,stroke-width:3px,color:#0d1117"),
            ("diff_removed", "fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3,color:#8c959f"),
        ]
        for (name, definition) in definitions {
            let members = overlay.filter { $0.style == name }.map { MermaidWriter.id($0.id) }
            guard !members.isEmpty else { continue }
            lines.append("  classDef \(name) \(definition)")
            lines.append("  class \(members.joined(separator: ",")) \(name)")
        }
        if !addedEdges.isEmpty {
            lines.append("  linkStyle \(addedEdges.map(String.init).joined(separator: ",")) stroke:#1a7f37,stroke-width:3px")
        }
        return lines.joined(separator: "\n")
    }

    /// Adds `item` to the cluster that draws `scope` in the head version: the branch (or the
    /// item processor) of the Parallel or Map named by the scope, found as the cluster that
    /// holds that state's node. `false` when the head has no such cluster (the machine's own
    /// scope, or a parent that is gone too): the caller draws the item at the top level.
    static func insert(_ item: Diagram.Item, into scope: Scope.Kind, of items: inout [Diagram.Item]) -> Bool {
        let parent: String, position: Int
        switch scope {
        case .root: return false
        case .parallelBranch(let name, let index): (parent, position) = (name, index)
        case .mapProcessor(let name): (parent, position) = (name, 0)
        }
        for i in items.indices {
            guard case .cluster(var cluster) = items[i] else { continue }
            let holdsParent = cluster.items.contains {
                if case .node(let node) = $0, case .state = node.kind, node.stateName == parent { return true }
                return false
            }
            if holdsParent {
                let inner = cluster.items.indices.filter { if case .cluster = cluster.items[$0] { true } else { false } }
                guard position < inner.count, case .cluster(var target) = cluster.items[inner[position]] else { return false }
                target.items.append(item)
                cluster.items[inner[position]] = .cluster(target)
                items[i] = .cluster(cluster)
                return true
            }
            if insert(item, into: scope, of: &cluster.items) {
                items[i] = .cluster(cluster)
                return true
            }
        }
        return false
    }
}
