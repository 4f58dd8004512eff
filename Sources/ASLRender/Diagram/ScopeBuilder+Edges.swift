import ASLAnalysis
import ASLModel

extension ScopeBuilder {
    /// One edge per transition; returns the catch proxy nodes it adds to the scope.
    ///
    /// Layout cost in `dot` comes from long ranked edges: a Catch handler shared by many
    /// states would be pulled below all of them and crossed by every other edge. In tuned
    /// mode only the first Catch edge to a handler is ranked (so the handler sits below its
    /// first catcher), the rest use `constraint=false`, and above `catchProxyThreshold` the
    /// catching states point at small proxy nodes beside them instead.
    mutating func transitions(_ graph: ScopeGraph, exitIDs: [String]) -> [Diagram.Item] {
        let tuned = context.options.tuning == .tuned
        var catchCount: [Int: Int] = [:]
        for edge in graph.edges { if case .catcher = edge.kind { catchCount[edge.to, default: 0] += 1 } }
        var rankedCatch: Set<Int> = []
        var proxies: [Diagram.Item] = []
        let states = graph.scope.states
        for edge in graph.edges {
            let from = states[edge.from], to = states[edge.to]
            var drawn = Diagram.Edge(from: exitIDs[edge.from], to: context.ids.stateID(to.name), kind: .next)
            drawn.transition = TransitionRef(from: from.name, to: to.name)
            switch edge.kind {
            case .next:
                break
            case .choiceRule(let index):
                drawn.kind = .choice
                if let rule = from.choice?.rules.first(where: { $0.index == index }) {
                    let full = ConditionSummary.text(rule.condition)
                    drawn.label = ConditionSummary.short(rule.condition)
                    drawn.tooltip = full
                }
            case .choiceDefault:
                drawn.kind = .default
                drawn.label = "Default"
            case .catcher(let index):
                drawn.kind = .catch
                let errors = from.catchers.first(where: { $0.index == index })?.errorNames ?? []
                let full = "catch " + errors.joined(separator: ", ")
                drawn.label = Abbreviation.cut(errors.joined(separator: ", "), limit: 36)
                drawn.tooltip = full
                if tuned, catchCount[edge.to, default: 0] > context.options.catchProxyThreshold {
                    let proxyID = "catch-\(context.ids.slug(from.name))-\(index + 1)"
                    var proxy = Diagram.Node(
                        id: proxyID, kind: .catchProxy, stateName: nil, title: "→ \(to.name)",
                        tooltip: "\(full) → \(to.name)")
                    proxy.highlighted = context.highlightedTransitions.contains(drawn.transition!)
                    proxies.append(.node(proxy))
                    drawn.to = proxyID
                } else if tuned {
                    drawn.constraint = rankedCatch.insert(edge.to).inserted
                }
            }
            if !context.edgeLabels { drawn.label = nil }
            context.decorate(&drawn)
            edges.append(drawn)
        }
        if !proxies.isEmpty {
            notes.append("catch edges to a handler shared by more than \(context.options.catchProxyThreshold) states in \(graph.scope.displayName) drawn to proxy nodes")
        }
        return proxies
    }

    /// Edges from states that end their scope successfully to the join bar or to End.
    mutating func terminals(_ graph: ScopeGraph, exitIDs: [String], exit: String?) {
        let enders = graph.termination.indices.filter { graph.termination[$0] == .succeeds }
        let shared = context.options.tuning == .naive || enders.count <= context.options.sharedEndLimit
        if exit == nil, shared, !enders.isEmpty {
            endMarkers.append(.node(context.markerNode(id: "end", kind: .end, title: "End")))
        }
        for i in enders {
            let name = graph.scope.states[i].name
            var target = exit ?? "end"
            if exit == nil, !shared {
                target = "end-\(context.ids.slug(name))"
                endMarkers.append(.node(context.markerNode(id: target, kind: .end, title: "End")))
            }
            var edge = Diagram.Edge(from: exitIDs[i], to: target, kind: exit == nil ? .end : .join)
            if let exit, let parent = graph.scope.kind.parentName {
                edge.transition = TransitionRef(from: name, to: parent)
                _ = exit
            }
            context.decorate(&edge)
            if exit == nil { edge.highlighted = context.highlightedStates.last == name }
            edges.append(edge)
        }
    }
}

extension Scope.Kind {
    var parentName: String? {
        switch self {
        case .root: nil
        case .parallelBranch(let parent, _), .mapProcessor(let parent): parent
        }
    }
}
