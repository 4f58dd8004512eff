import ASLAnalysis
import ASLModel

/// A scope's Catch edges drawn as badges instead, and the badges by state index.
typealias MergedCatches = (edges: Set<Int>, badges: [Int: [MergedCatchBadge]])

extension ScopeBuilder {
    /// Catch edges that are drawn as badges instead: in tuned mode, every Catch edge to a
    /// handler that more than `catchMergeThreshold` states of this scope catch into. Each
    /// catching state gets "on <errors> → <handler>", the handler "handles errors of N states".
    ///
    /// Layout cost in `dot` comes from long ranked edges and extra nodes: such a handler would
    /// be pulled below all its catchers and crossed by every other edge (a naive 100-state
    /// machine did not finish in 60 s; proxy nodes per catcher still tripled the time).
    func mergedCatches(_ graph: ScopeGraph) -> MergedCatches {
        guard context.options.tuning == .tuned else { return ([], [:]) }
        var byTarget: [Int: [Int]] = [:]
        for (e, edge) in graph.edges.enumerated() { if case .catcher = edge.kind { byTarget[edge.to, default: []].append(e) } }
        var merged: Set<Int> = []
        var badges: [Int: [MergedCatchBadge]] = [:]
        // Handlers in document order, so that a state catching into two of them lists its
        // badges in the same order every run.
        for target in byTarget.keys.sorted() {
            let edgeIndices = byTarget[target]!
            let sources = Set(edgeIndices.map { graph.edges[$0].from }).count
            guard sources > context.options.catchMergeThreshold else { continue }
            let handler = graph.scope.states[target].name
            for e in edgeIndices {
                merged.insert(e)
                let edge = graph.edges[e]
                guard case .catcher(let index) = edge.kind else { continue }
                badges[edge.from, default: []].append(.catches(catcher: index, handler: handler))
            }
            badges[target, default: []].append(.handles(states: sources))
        }
        return (merged, badges)
    }

    /// One edge per transition except merged Catch edges. In a large tuned drawing only the
    /// first Catch edge to a handler is ranked (so the handler sits below its first catcher) and
    /// the others use `constraint=false`. A small drawing ranks every Catch edge: its labels are
    /// placed inside the layout, and the `xlabel` an unranked edge needs (see `DOTAttributes`)
    /// is placed after it, often across a neighbouring state when the edge joins two states of
    /// one rank.
    mutating func transitions(_ graph: ScopeGraph, exitIDs: [String], merged: Set<Int>) {
        let rankFirstCatchOnly = context.options.tuning == .tuned && context.stateCount > context.options.inlineEdgeLabelLimit
        var rankedCatch: Set<Int> = []
        let states = graph.scope.states
        for (e, edge) in graph.edges.enumerated() where !merged.contains(e) {
            let from = states[edge.from], to = states[edge.to]
            var drawn = Diagram.Edge(from: exitIDs[edge.from], to: context.ids.stateID(to.name, inScope: graph.scope.pointer), kind: .next)
            drawn.transition = TransitionRef(from: from.name, to: to.name)
            switch edge.kind {
            case .next:
                break
            case .choiceRule(let index):
                drawn.kind = .choice
                if let rule = from.choice.flatMap({ Self.element(at: index, of: $0.rules, index: \.index) }) {
                    drawn.label = ConditionSummary.short(rule.condition)
                    if context.edgeTooltips { drawn.tooltip = ConditionSummary.text(rule.condition) }
                }
            case .choiceDefault:
                drawn.kind = .default
                drawn.label = "Default"
            case .catcher(let index):
                drawn.kind = .catch
                let errors = Self.element(at: index, of: from.catchers, index: \.index)?.errorNames ?? []
                drawn.label = Abbreviation.cut(Self.errorList(errors), limit: 36)
                if context.edgeTooltips { drawn.tooltip = "catch " + Self.errorList(errors) }
                if rankFirstCatchOnly { drawn.constraint = rankedCatch.insert(edge.to).inserted }
            }
            if !context.edgeLabels { drawn.label = nil }
            context.decorate(&drawn)
            add(drawn)
        }
        if !merged.isEmpty {
            notes.append("catch edges to a handler shared by more than \(context.options.catchMergeThreshold) states in \(graph.scope.displayName) shown as badges")
        }
    }

    /// The errors a Catcher names, joined; blank names shown as such, and an empty list (which
    /// the validator rejects) as "no errors named": an empty label would break Mermaid's
    /// `-.->|""|` and leave the edge unexplained.
    static func errorList(_ errors: [String]) -> String {
        let names = errors.map { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) ? "(blank error name)" : $0 }
        return names.isEmpty ? "no errors named" : names.joined(separator: ", ")
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
                target = "end-\(context.ids.slug(name, inScope: graph.scope.pointer))"
                endMarkers.append(.node(context.markerNode(id: target, kind: .end, title: "End")))
            }
            var edge = Diagram.Edge(from: exitIDs[i], to: target, kind: exit == nil ? .end : .join)
            if exit != nil, let parent = graph.scope.kind.parentName {
                edge.transition = TransitionRef(from: name, to: parent)
            }
            context.decorate(&edge)
            if exit == nil { edge.highlighted = context.highlightedStates.last == name }
            add(edge)
        }
    }
}

extension ScopeBuilder {
    /// The element whose `index` is `position`: where it is stored when the list is in document
    /// order (always, for models the builder makes), else found by a search. A linear search
    /// per edge made a Choice with 10,000 rules take 11 s to draw.
    static func element<T>(at position: Int, of list: [T], index: KeyPath<T, Int>) -> T? {
        if list.indices.contains(position), list[position][keyPath: index] == position { return list[position] }
        return list.first { $0[keyPath: index] == position }
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
