import ASLModel

/// The Mermaid diagram a report embeds, kept within `MermaidLimits`: drawn whole when it
/// fits; else with Parallel and Map states collapsed and without edge labels; else with
/// only the state names as well; else not at all. `note` says which, so the reader knows
/// what is missing.
struct ReportDiagram {
    var mermaid: String?
    var note: String?

    init(_ machine: StateMachine, options: DiagramOptions) {
        let whole: String
        switch Self.full(machine, options: options) {
        case .fits(let text):
            mermaid = text
            return
        case .pastLimits(let size, let tooManyEdgesCollapsed):
            whole = "the whole diagram (\(size)) is past \(MermaidLimits.limitsText)."
            // Drawn collapsed already (fast mode): a smaller drawing has the same edges.
            if tooManyEdgesCollapsed {
                note = "No diagram: " + whole
                return
            }
        }
        var smaller = options
        smaller.collapse = true
        smaller.edgeLabels = false
        // Too many edges cannot fit, whatever the text: it is not written, nor are the edges
        // kept to be counted. Leaving out the names' details keeps the edges, so it is not
        // tried either.
        guard DiagramBuilder.build(machine, options: smaller, countingEdges: true, edgeTooltips: false).counted?.edgeCount ?? 0 <= MermaidLimits.maxEdges else {
            note = "No diagram: " + whole
            return
        }
        let reduced = MermaidWriter.diagram(machine, options: smaller)
        let attempts: [(() -> Diagram, String)] = [
            ({ reduced }, "Drawn with Parallel and Map states collapsed and without edge labels: "),
            ({ Self.namesOnly(reduced) }, "Drawn with Parallel and Map states collapsed, without edge labels, types or badges: "),
        ]
        for (diagram, how) in attempts {
            let text = MermaidWriter(options: smaller).write(diagram())
            if MermaidLimits.fits(text, edgeCount: reduced.edges.count) {
                mermaid = text
                note = how + whole
                return
            }
        }
        note = "No diagram: " + whole
    }

    enum FullDiagram {
        case fits(String)
        /// What `MermaidLimits.size` says of the whole diagram, and whether it was drawn with
        /// Parallel and Map states collapsed and had too many edges: then the smaller drawings
        /// have as many, and are not built again to count them (about a second, and the run's
        /// last rise in memory, on a machine of 105,000 states).
        case pastLimits(String, tooManyEdgesCollapsed: Bool = false)
    }

    /// The whole diagram's text when it fits; otherwise only its size. Its own function so
    /// that the whole diagram is freed before a smaller one is built. Its edges are counted
    /// first, as they are made, and not kept: past the edge limit the size is all a report
    /// shows, and neither the text (10 MB for 50,000 states) nor the edges are held.
    static func full(_ machine: StateMachine, options: DiagramOptions) -> FullDiagram {
        let writer = MermaidWriter(options: options)
        let (withoutEdges, counted) = DiagramBuilder.build(machine, options: options, countingEdges: true, edgeTooltips: false)
        let edges = counted ?? MermaidEdgeCount()
        guard edges.edgeCount <= MermaidLimits.maxEdges else {
            let collapsed = options.collapse || withoutEdges.fastMode
            let size = writer.utf16Count(consume withoutEdges) + edges.utf16Count
            return .pastLimits(MermaidLimits.size(utf16Count: size, edgeCount: edges.edgeCount), tooManyEdgesCollapsed: collapsed)
        }
        _ = consume withoutEdges
        // At most 500 edges: small enough to build again with them.
        let full = MermaidWriter.diagram(machine, options: options)
        let text = writer.write(full)
        if MermaidLimits.fits(text, edgeCount: full.edges.count) { return .fits(text) }
        return .pastLimits(MermaidLimits.size(text, edgeCount: full.edges.count))
    }

    /// `diagram` with every node's subtitle and badges left out.
    static func namesOnly(_ diagram: Diagram) -> Diagram {
        func strip(_ items: [Diagram.Item]) -> [Diagram.Item] {
            items.map { item in
                switch item {
                case .node(var node):
                    node.subtitle = nil
                    node.badges = []
                    return .node(node)
                case .cluster(var cluster):
                    cluster.items = strip(cluster.items)
                    return .cluster(cluster)
                }
            }
        }
        var diagram = diagram
        diagram.items = strip(diagram.items)
        return diagram
    }
}
