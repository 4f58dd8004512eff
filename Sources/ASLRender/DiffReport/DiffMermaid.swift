import ASLAnalysis
import ASLModel

/// The head version drawn by the shared diagram renderer (`DiagramBuilder` and
/// `MermaidWriter`), with the change laid over it: added, changed and renamed states filled in
/// colour, removed states added back as dashed ghosts, new transitions thick green, removed
/// ones dotted grey with a cross for a head (not dashed red: that is how Catch edges look).
/// The overlay classes come after the writer's own, so their colours win.
enum DiffMermaid {
    static let legend =
        "Legend: green = added, yellow = changed, blue = renamed, grey dashed = removed (ghost); thick green arrows are new transitions, dotted grey arrows ending in × removed ones; dashed red arrows are Catch edges."

    /// The diagram to embed and what was left out of it, kept within `MermaidLimits`: the
    /// whole head version; else with Parallel and Map collapsed; else only the changed states
    /// and their neighbours (uncollapsed, then collapsed); else none.
    struct Fitted {
        var mermaid: String?
        var note: String?
    }

    static func fitted(_ diff: MachineDiff) -> Fitted? {
        guard diff.head != nil else { return nil }
        // Each whole overlay is built once, and its neighbourhood cut from it before it is
        // dropped: on a big machine one overlay costs as much as drawing it for a report.
        var whole: (utf16Count: Int, edges: Int)?
        var neighbourhoods: [(near: Overlay, total: Int, collapse: Bool)] = []
        for collapse in [false, true] {
            guard let overlay = overlay(diff, collapse: collapse) else { return nil }
            let text = write(overlay)
            if MermaidLimits.fits(text, edgeCount: overlay.diagram.edges.count) {
                return Fitted(mermaid: text, note: whole.map { "Parallel and Map states are drawn collapsed: the whole diagram (\(MermaidLimits.size(utf16Count: $0.utf16Count, edgeCount: $0.edges))) is past \(MermaidLimits.limitsText)." })
            }
            if whole == nil { whole = (text.utf16.count, overlay.diagram.edges.count) }
            let total = overlay.diagram.allNodes.filter { if case .state = $0.kind { true } else { false } }.count
            neighbourhoods.append((overlay.neighbourhood(), total, collapse))
        }
        let wholeSize = MermaidLimits.size(utf16Count: whole!.utf16Count, edgeCount: whole!.edges)
        for (near, total, collapse) in neighbourhoods {
            let shown = near.diagram.allNodes.filter { if case .state = $0.kind { true } else { false } }.count
            let text = write(near)
            if shown > 0, MermaidLimits.fits(text, edgeCount: near.diagram.edges.count) {
                let how = collapse ? ", Parallel and Map collapsed" : ""
                return Fitted(
                    mermaid: text,
                    note: "Only the changed states and their neighbours are drawn (\(shown) of \(total) states\(how)): the whole diagram (\(wholeSize)) is past \(MermaidLimits.limitsText).")
            }
        }
        return Fitted(mermaid: nil, note: "No diagram: even the changed states and their neighbours are past \(MermaidLimits.limitsText) (the whole diagram has \(wholeSize)).")
    }

    /// The whole diagram, or `nil` for a removed machine (tests read it directly).
    static func render(_ diff: MachineDiff) -> String? {
        overlay(diff, collapse: false).map(write)
    }

    /// The head version's diagram with the change laid over it.
    struct Overlay {
        var diagram: Diagram
        /// Node id and overlay class, in drawing order.
        var marks: [(id: String, style: String)]
        var added: Set<TransitionRef>

        /// Only the nodes that are marked or share an edge with a marked node, in the clusters
        /// that hold them, and the edges between those nodes.
        func neighbourhood() -> Overlay {
            let marked = Set(marks.map(\.id))
            var kept = marked
            for edge in diagram.edges where marked.contains(edge.from) || marked.contains(edge.to) {
                kept.insert(edge.from)
                kept.insert(edge.to)
            }
            var result = self
            result.diagram.items = Self.filter(diagram.items, keeping: kept)
            result.diagram.edges = diagram.edges.filter { kept.contains($0.from) && kept.contains($0.to) }
            return result
        }

        private static func filter(_ items: [Diagram.Item], keeping kept: Set<String>) -> [Diagram.Item] {
            items.compactMap { item in
                switch item {
                case .node(let node): return kept.contains(node.id) ? item : nil
                case .cluster(var cluster):
                    cluster.items = filter(cluster.items, keeping: kept)
                    return cluster.items.isEmpty ? nil : .cluster(cluster)
                }
            }
        }
    }

    static func overlay(_ diff: MachineDiff, collapse: Bool) -> Overlay? {
        guard let head = diff.head else { return nil }
        var options = DiagramOptions()
        options.collapse = collapse
        var diagram = DiagramBuilder.build(head, options: options)
        var idByState: [String: String] = [:]
        for node in diagram.allNodes {
            if case .state = node.kind, let name = node.stateName, idByState[name] == nil { idByState[name] = node.id }
        }
        var marks: [(id: String, style: String)] = []
        // A state hidden in a collapsed Parallel or Map marks the innermost one drawn as changed.
        var parentOf: [String: String] = [:]
        for (scope, state) in head.allStates { if let parent = scope.kind.parentName { parentOf[state.name] = parent } }
        func drawnAncestor(_ name: String) -> String? {
            var current = parentOf[name]
            var steps = 0
            while let name = current, steps < parentOf.count {
                if let id = idByState[name] { return id }
                current = parentOf[name]
                steps += 1
            }
            return nil
        }
        var insideCollapsed: [String] = []
        func mark(_ names: [String], _ style: String) {
            for name in names {
                if let id = idByState[name] { marks.append((id, style)) } else if let id = drawnAncestor(name) { insideCollapsed.append(id) }
            }
        }
        mark(diff.addedStates.map(\.name), "diff_added")
        mark(diff.changedStates.map(\.state.name), "diff_changed")
        mark(diff.renamedStates.map(\.state.name), "diff_renamed")

        let added = diff.status == .added ? [] : Set(diff.addedTransitions.map { TransitionRef(from: $0.from, to: $0.to) })
        for (i, ref) in diff.removedStates.enumerated() {
            if collapse, let parent = ref.scopeKind.parentName, let id = idByState[parent] ?? drawnAncestor(parent) {
                insideCollapsed.append(id)
                continue
            }
            let id = "diff-removed-\(i)"
            idByState[ref.name] = idByState[ref.name] ?? id
            let ghost = Diagram.Node(
                id: id, kind: .state(StateType(rawValue: ref.type), nil), stateName: ref.name, title: VisibleName.of(ref.name),
                subtitle: "removed", tooltip: VisibleName.of(ref.name))
            if !Self.insert(.node(ghost), into: ref.scopeKind, of: &diagram.items) { diagram.items.append(.node(ghost)) }
            marks.append((id, "diff_removed"))
        }
        for t in diff.removedTransitions {
            guard let from = idByState[t.from], let to = idByState[t.to] else { continue }
            diagram.edges.append(
                Diagram.Edge(
                    from: from, to: to, kind: .removed, label: t.label == "next" ? nil : t.label,
                    transition: TransitionRef(from: t.from, to: t.to)))
        }
        let marked = Set(marks.map(\.id))
        var seen: Set<String> = []
        for id in insideCollapsed where !marked.contains(id) && seen.insert(id).inserted { marks.append((id, "diff_changed")) }
        return Overlay(diagram: diagram, marks: marks, added: added)
    }

    static func write(_ overlay: Overlay) -> String {
        let diagram = overlay.diagram
        var written = MermaidWriter().write(diagram)
        // The writer ends its text with one newline, and begins with none: trimmed here without
        // Foundation, which copies a big diagram's text through NSString to do it.
        while written.utf8.last == UInt8(ascii: "\n") { written.removeLast() }
        var lines = [written]
        let definitions = [
            ("diff_added", "fill:#dafbe1,stroke:#1a7f37,stroke-width:3px,color:#0d1117"),
            ("diff_changed", "fill:#fff8c5,stroke:#9a6700,stroke-width:3px,color:#0d1117"),
            ("diff_renamed", "fill:#ddf4ff,stroke:#0969da,stroke-width:3px,color:#0d1117"),
            ("diff_removed", "fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3,color:#8c959f"),
        ]
        let drawn = Set(diagram.allNodes.map(\.id))
        for (name, definition) in definitions {
            let members = overlay.marks.filter { $0.style == name && drawn.contains($0.id) }.map { MermaidWriter.id($0.id) }
            guard !members.isEmpty else { continue }
            lines.append("  classDef \(name) \(definition)")
            lines.append("  class \(members.joined(separator: ",")) \(name)")
        }
        let addedEdges = diagram.edges.indices.filter { i in
            diagram.edges[i].kind != .removed && (diagram.edges[i].transition.map(overlay.added.contains) ?? false)
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
