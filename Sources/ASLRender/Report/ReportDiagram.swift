import ASLModel

/// The Mermaid diagram a report embeds, kept within `MermaidLimits`: drawn whole when it
/// fits; else with Parallel and Map states collapsed and without edge labels; else with
/// only the state names as well; else not at all. `note` says which, so the reader knows
/// what is missing.
struct ReportDiagram {
    var mermaid: String?
    var note: String?

    init(_ machine: StateMachine, options: DiagramOptions) {
        let full = DiagramBuilder.build(machine, options: options)
        let fullText = MermaidWriter(options: options).write(full)
        if MermaidLimits.fits(fullText, edgeCount: full.edges.count) {
            mermaid = fullText
            return
        }
        let whole = "the whole diagram (\(MermaidLimits.size(fullText, edgeCount: full.edges.count))) is past \(MermaidLimits.limitsText)."
        var smaller = options
        smaller.collapse = true
        smaller.edgeLabels = false
        let reduced = DiagramBuilder.build(machine, options: smaller)
        let attempts = [
            (reduced, "Drawn with Parallel and Map states collapsed and without edge labels: "),
            (Self.namesOnly(reduced), "Drawn with Parallel and Map states collapsed, without edge labels, types or badges: "),
        ]
        for (diagram, how) in attempts {
            let text = MermaidWriter(options: smaller).write(diagram)
            if MermaidLimits.fits(text, edgeCount: diagram.edges.count) {
                mermaid = text
                note = how + whole
                return
            }
        }
        note = "No diagram: " + whole
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
