/// Caps every text a diagram shows, so that no label can break the writer's format: Graphviz
/// rejects a quoted string longer than 16,384 bytes, and every character counts against
/// Mermaid's 50,000-character limit. Both writers apply it to whatever diagram they are given.
enum LabelLimits {
    /// Names (at most 80 characters in valid ASL) and subtitles.
    static let title = 160
    static let badge = 120
    static let edgeLabel = 120
    /// Tooltips keep their line breaks and may be longer: they are read on demand.
    static let tooltip = 1_000

    static func apply(_ diagram: inout Diagram) {
        diagram.title = diagram.title.map { cut($0, title) }
        diagram.caption = diagram.caption.map { cut($0, tooltip) }
        diagram.notes = diagram.notes.map { cut($0, tooltip) }
        apply(&diagram.items)
        // Only what is too long is changed: assigning every edge's label copied the edge list
        // of a diagram the caller still holds, and rebuilding every node made a new box each.
        for i in diagram.edges.indices where exceedsLimits(diagram.edges[i]) { apply(&diagram.edges[i]) }
    }

    static func exceedsLimits(_ edge: Diagram.Edge) -> Bool {
        (edge.label.map { exceeds($0, edgeLabel) } ?? false) || (edge.tooltip.map { exceeds($0, tooltip) } ?? false)
    }

    /// One edge's label and tooltip, each cut only when too long.
    static func apply(_ edge: inout Diagram.Edge) {
        if let label = edge.label, exceeds(label, edgeLabel) { edge.label = cut(label, edgeLabel) }
        if let tip = edge.tooltip, exceeds(tip, tooltip) { edge.tooltip = cut(tip, tooltip) }
    }

    /// In place, writing only the items that change: mapping the list made a second one (8.8
    /// MB for 50,000 states). Nesting is bounded by the JSON reader's depth limit, as in
    /// `DiagramBuilder`.
    private static func apply(_ items: inout [Diagram.Item]) {
        for i in items.indices {
            switch items[i] {
            case .node(let node)
            where !exceeds(node.title, title) && !(node.subtitle.map { exceeds($0, title) } ?? false)
                && !(node.storedBadges?.contains(where: { exceeds($0, badge) }) ?? false)
                && !(node.storedTooltip.map { exceeds($0, tooltip) } ?? false):
                // A state's own badges and tooltip (`StateText`) are cut when they are made.
                continue
            case .node(var node):
                node.title = cut(node.title, title)
                node.subtitle = node.subtitle.map { cut($0, title) }
                node.storedBadges = node.storedBadges?.map { cut($0, badge) }
                node.storedTooltip = node.storedTooltip.map { cut($0, tooltip) }
                items[i] = .node(node)
            case .cluster(var cluster):
                cluster.title = cut(cluster.title, title)
                apply(&cluster.items)
                items[i] = .cluster(cluster)
            }
        }
    }

    /// Whether `cut` would shorten `text`.
    static func exceeds(_ text: String, _ limit: Int) -> Bool {
        // A text of at most `limit` UTF-8 bytes has at most `limit` scalars.
        text.utf8.count > limit && text.unicodeScalars.count > limit
    }

    /// `text` cut to `limit` Unicode scalars with "…". Scalars, not characters: one character
    /// can hold any number of combining marks.
    static func cut(_ text: String, _ limit: Int) -> String {
        // At most `limit` bytes is at most `limit` scalars: nothing to count.
        if text.utf8.count <= limit { return text }
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return text }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars.prefix(limit - 1))
        return String(out) + "…"
    }
}
