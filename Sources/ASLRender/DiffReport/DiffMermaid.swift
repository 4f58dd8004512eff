import ASLAnalysis
import ASLModel

/// A Mermaid flowchart of the head version with the change drawn in: added, changed and
/// renamed states filled in colour, removed states as dashed ghosts in the scope they left,
/// new transitions thick green, removed ones dashed red.
///
/// A small emitter of its own, isolated in this file: the diagram renderer on branch `render`
/// (`Sources/ASLRender/Diagram/`) had no Mermaid writer yet. Swap this for it (passing the
/// same per-state and per-edge styles) when it lands; nothing else depends on the details.
enum DiffMermaid {
    /// GitHub stops drawing Mermaid charts around 500 edges; larger machines get no diagram.
    static let maxStates = 250

    static let legend =
        "Legend: green = added, yellow = changed, blue = renamed, grey dashed = removed (ghost); thick green arrows are new transitions, dashed red arrows removed ones."

    static func render(_ diff: MachineDiff) -> String? {
        guard let head = diff.head else { return nil }
        guard head.allStates.count + diff.removedStates.count <= maxStates else { return nil }
        var writer = MermaidDiffWriter(diff: diff, graph: MachineGraph(machine: head))
        return writer.write()
    }
}

private struct MermaidDiffWriter {
    let diff: MachineDiff
    let graph: MachineGraph
    var lines: [String] = ["flowchart TD"]
    var ids: [String: String] = [:]
    var classes: [String: [String]] = [:]
    var linkStyles: [String] = []
    var edgeCount = 0

    init(diff: MachineDiff, graph: MachineGraph) {
        self.diff = diff
        self.graph = graph
    }

    static func key(_ scope: String, _ name: String) -> String { scope + "\u{1}" + name }

    mutating func write() -> String {
        let added = Set(diff.addedStates.map { Self.key($0.scope, $0.name) })
        let changed = Set(diff.changedStates.map { Self.key($0.state.scope, $0.state.name) })
        let renamed = Set(diff.renamedStates.map { Self.key($0.state.scope, $0.state.name) })
        var ghosts: [String: [DiffStateRef]] = [:]
        let headScopes = Set(graph.machine.allScopes.map(\.displayName))
        for ref in diff.removedStates { ghosts[headScopes.contains(ref.scope) ? ref.scope : "machine", default: []].append(ref) }

        // Nodes, scope by scope, nested scopes as subgraphs right after their state.
        enum Step { case scope(Scope, String), line(String) }
        var steps: [Step] = [.scope(graph.machine.root, "  ")]
        var serial = 0
        while let step = steps.popLast() {
            switch step {
            case .line(let text):
                lines.append(text)
            case .scope(let scope, let indent):
                var pending: [Step] = []
                for state in scope.states {
                    let id = "s\(serial)"
                    serial += 1
                    let key = Self.key(scope.displayName, state.name)
                    ids[key] = id
                    pending.append(.line(indent + shape(id, state.name, state.type)))
                    let style = added.contains(key) ? "added" : changed.contains(key) ? "changed" : renamed.contains(key) ? "renamed" : nil
                    if let style { classes[style, default: []].append(id) }
                    for child in state.childScopes {
                        let cluster = "c\(serial)"
                        serial += 1
                        pending.append(.line(indent + "subgraph \(cluster)[\"\(DiffEscaping.mermaid(child.displayName))\"]"))
                        pending.append(.scope(child, indent + "  "))
                        pending.append(.line(indent + "end"))
                    }
                }
                for ref in ghosts[scope.displayName] ?? [] {
                    let id = "g\(serial)"
                    serial += 1
                    ids[Self.key(ref.scope, ref.name)] = ids[Self.key(ref.scope, ref.name)] ?? id
                    pending.append(.line(indent + shape(id, ref.name, StateType(rawValue: ref.type))))
                    classes["removed", default: []].append(id)
                }
                steps.append(contentsOf: pending.reversed())
            }
        }
        edges()
        lines += [
            "  classDef added fill:#dafbe1,stroke:#1a7f37,stroke-width:2px,color:#0d1117",
            "  classDef changed fill:#fff8c5,stroke:#9a6700,stroke-width:2px,color:#0d1117",
            "  classDef renamed fill:#ddf4ff,stroke:#0969da,stroke-width:2px,color:#0d1117",
            "  classDef removed fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3,color:#8c959f",
        ]
        for name in ["added", "changed", "renamed", "removed"] {
            if let members = classes[name] { lines.append("  class \(members.joined(separator: ",")) \(name)") }
        }
        lines += linkStyles
        return lines.joined(separator: "\n")
    }

    private mutating func edges() {
        let addedKeys = Set(diff.addedTransitions.map(Self.edgeKey))
        if let start = graph.root.start, let id = ids[Self.key("machine", graph.machine.root.states[start].name)] {
            lines.append("  start((\" \")) --> \(id)")
            edgeCount += 1
        }
        for scopeGraph in graph.scopes {
            let scope = scopeGraph.scope
            for edge in scopeGraph.edges {
                let (from, to) = (scope.states[edge.from].name, scope.states[edge.to].name)
                guard let a = ids[Self.key(scope.displayName, from)], let b = ids[Self.key(scope.displayName, to)] else { continue }
                let label = EdgeText.label(edge.kind)
                link(a, b, label: label == "next" ? nil : label, dashed: false)
                if addedKeys.contains([scope.displayName, from, to, label].joined(separator: "\u{1}")) { linkStyles.append("  linkStyle \(edgeCount - 1) stroke:#1a7f37,stroke-width:3px") }
            }
            for (i, state) in scope.states.enumerated() {
                for child in state.childScopes {
                    guard let start = child.startAt?.value, let a = ids[Self.key(scope.displayName, scope.states[i].name)],
                        let b = ids[Self.key(child.displayName, start)]
                    else { continue }
                    link(a, b, label: nil, dashed: true)
                }
            }
        }
        for removed in diff.removedTransitions {
            guard let a = ids[Self.key(removed.scope, removed.from)], let b = ids[Self.key(removed.scope, removed.to)] else { continue }
            link(a, b, label: removed.label == "next" ? nil : removed.label, dashed: true)
            linkStyles.append("  linkStyle \(edgeCount - 1) stroke:#cf222e,stroke-dasharray:4 3")
        }
    }

    private mutating func link(_ a: String, _ b: String, label: String?, dashed: Bool) {
        let arrow = dashed ? "-.->" : "-->"
        lines.append("  \(a) \(arrow)" + (label.map { "|\"\(DiffEscaping.mermaid($0))\"|" } ?? "") + " \(b)")
        edgeCount += 1
    }

    private static func edgeKey(_ t: TransitionChange) -> String { [t.scope, t.from, t.to, t.label].joined(separator: "\u{1}") }

    private func shape(_ id: String, _ name: String, _ type: StateType?) -> String {
        let label = "\"" + DiffEscaping.mermaid(name) + "\""
        switch type {
        case .choice: return "\(id){\(label)}"
        case .succeed, .fail: return "\(id)([\(label)])"
        case .parallel, .map: return "\(id)[[\(label)]]"
        case .wait, .pass: return "\(id)(\(label))"
        default: return "\(id)[\(label)]"
        }
    }
}
