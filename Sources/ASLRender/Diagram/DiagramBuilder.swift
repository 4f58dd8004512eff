import ASLAnalysis
import ASLModel
import ASLSource

/// Turns a machine and its overlays into a `Diagram`.
///
/// Nested scopes are walked recursively; nesting depth is bounded by the JSON reader's depth
/// limit (each Parallel or Map level costs at least four JSON levels), so recursion is safe.
/// - Complexity: O(states + transitions + diagnostics).
public enum DiagramBuilder {
    public static func build(_ machine: StateMachine, options: DiagramOptions = DiagramOptions()) -> Diagram {
        build(machine, options: options, countingEdges: false).diagram
    }

    /// With `countingEdges`, the diagram has no edges and `counted` holds their Mermaid text's
    /// size and their number instead (see `MermaidEdgeCount`). Without `edgeTooltips`, no
    /// edge gets a tooltip: Mermaid never writes one.
    static func build(_ machine: StateMachine, options: DiagramOptions, countingEdges: Bool, edgeTooltips: Bool = true)
        -> (diagram: Diagram, counted: MermaidEdgeCount?)
    {
        let context = DiagramContext(machine: machine, options: options, edgeTooltips: edgeTooltips)
        var diagram = Diagram()
        diagram.title = options.title
        diagram.tuning = options.tuning
        diagram.fastMode = context.fastMode
        diagram.edgeLabelsOutsideLayout = options.tuning == .tuned && context.stateCount > options.inlineEdgeLabelLimit
        if context.fastMode {
            diagram.notes.append(
                "fast mode: \(context.stateCount) states > \(options.fastModeThreshold); Parallel and Map drawn collapsed, edge labels omitted")
        }
        var caption: [String] = []
        if let highlight = options.highlight { caption.append("Highlighted: \(highlight.caption)") }
        if options.coverage != nil { caption.append(StyleTable.coverageLegend) }
        if !caption.isEmpty { diagram.caption = caption.joined(separator: "\n") }
        let root = context.root
        // The Start edge, made last, comes first.
        var builder = ScopeBuilder(context: context, countingEdgesFrom: countingEdges ? (root.start == nil ? 0 : 1) : nil)
        var items = [Diagram.Item.node(context.markerNode(id: "start", kind: .start, title: "Start"))]
        items += builder.scope(root, unreachable: false, exit: nil)
        if let start = root.start {
            let name = root.scope.states[start].name
            var edge = Diagram.Edge(from: "start", to: context.ids.stateID(name, inScope: root.scope.pointer), kind: .start)
            edge.highlighted = context.highlightedStates.first == name
            if builder.edgeCount != nil { builder.edgeCount?.add(edge, index: 0) } else { builder.edges.insert(edge, at: 0) }
        }
        diagram.items = items + builder.endMarkers
        diagram.edges = builder.edges
        diagram.notes += builder.notes
        return (diagram, builder.edgeCount)
    }
}

/// Everything the walk reads but never changes.
struct DiagramContext {
    let ids: NodeIDs
    let machine: StateMachine
    /// The machine's own scope's graph. A nested scope's graph is built when the walk enters
    /// it and freed when it leaves: the graphs of every scope, held for the whole walk, were
    /// about a sixth of a dense machine's drawing, and a collapsed drawing needs only this one.
    let root: ScopeGraph
    /// Whether edges get tooltips (DOT writes them, Mermaid does not).
    let edgeTooltips: Bool
    let options: DiagramOptions
    let stateCount: Int
    let fastMode: Bool
    var collapse: Bool { options.collapse || fastMode }
    var edgeLabels: Bool { options.edgeLabels && !fastMode }
    let highlightedStates: [String]
    let highlightedSet: Set<String>
    let highlightedTransitions: Set<TransitionRef>
    /// Indices into `options.diagnostics` by state name: a machine's findings are not copied
    /// a second time (50,000 findings took 13 MB in a filtered copy and its grouping).
    let diagnosticsByState: [String: [Int]]

    init(machine: StateMachine, options: DiagramOptions, edgeTooltips: Bool = true) {
        let all = machine.allStates
        ids = NodeIDs(states: all.map { (scope: $0.scope.pointer, name: $0.state.name) })
        self.machine = machine
        root = ScopeGraph(scope: machine.root)
        self.edgeTooltips = edgeTooltips
        self.options = options
        stateCount = all.count
        fastMode = all.count > options.fastModeThreshold
        let path = options.highlight?.stateNames ?? []
        highlightedStates = path
        highlightedSet = Set(path)
        highlightedTransitions = Set(zip(path, path.dropFirst()).map { TransitionRef(from: $0, to: $1) })
        var byState: [String: [Int]] = [:]
        for (index, diagnostic) in options.diagnostics.enumerated() {
            if let state = diagnostic.stateName { byState[state, default: []].append(index) }
        }
        diagnosticsByState = byState
    }

    /// The scopes the walk draws, in its order: every scope, or only the machine's own when
    /// Parallel and Map states are collapsed.
    var drawnScopes: ArraySlice<Scope> { collapse ? machine.allScopes.prefix(1) : machine.allScopes[...] }

    func markerNode(id: String, kind: Diagram.NodeKind, title: String) -> Diagram.Node {
        Diagram.Node(id: id, kind: kind, stateName: nil, title: title, tooltip: title)
    }

    /// The node of `state`, with `merged` Catch badges. Its badges and tooltip are made when
    /// a writer reads them (see `StateText`).
    func stateNode(_ state: State, inScope pointer: String, unreachable: Bool, merged: [MergedCatchBadge]) -> Diagram.Node {
        var findings = diagnosticsByState[state.name] ?? []
        let diagnostics = options.diagnostics
        // Sorted as the findings themselves would be; a stable sort of positions in document
        // order keeps equal findings in the same order too.
        if findings.count > 1 { findings.sort { diagnostics[$0] < diagnostics[$1] } }
        var node = Diagram.Node(
            id: ids.stateID(state.name, inScope: pointer), kind: .state(state.type, state.task?.resource?.integration),
            stateName: state.name, title: VisibleName.of(state.name), subtitle: StateDescription.subtitle(state),
            stateText: StateText(state: state, unreachable: unreachable, diagnostics: diagnostics, findings: findings, merged: merged))
        node.unreachable = unreachable
        node.highlighted = highlightedSet.contains(state.name)
        node.covered = options.coverage.map { $0.coveredStates.contains(state.name) }
        node.severity = findings.lazy.map { diagnostics[$0].severity }.max()
        return node
    }

    func decorate(_ edge: inout Diagram.Edge) {
        guard let transition = edge.transition else { return }
        edge.highlighted = highlightedTransitions.contains(transition)
        if let coverage = options.coverage, let transitions = coverage.coveredTransitions {
            edge.covered = transitions.contains(transition)
        }
    }
}
