/// The attribute lists of single DOT statements.
enum DOTAttributes {
    /// The node statement, appended to `line`: `"id" [id="id", shape=…]`.
    static func node(_ node: Diagram.Node, style: NodeStyle, into line: inout String) {
        var classes = style.classes
        var fill = style.fill, border = style.border, fontColor = "#212121", penWidth = 1.2
        var dashed = false, rounded = false
        appendQuoted(node.id, to: &line)
        line += " [id="
        appendQuoted(node.id, to: &line)
        switch node.kind {
        case .start, .end:
            line += ", shape=" + style.shape + ", label=\"\", width=" + (node.kind == .start ? "0.22" : "0.2") + ", fixedsize=true"
        case .join:
            line += ", shape=box, label=\"\", height=0.05, width=1.2, fixedsize=true"
        case .state(let type, _):
            line += ", shape=" + style.shape + ", label="
            htmlLabel(node, into: &line)
            if type != .choice { rounded = true }
            if type == .choice { line += ", margin=\"0.04,0.02\"" }
        }
        if node.unreachable {
            fill = StyleTable.unreachableFill
            border = StyleTable.unreachableText
            fontColor = StyleTable.unreachableText
            dashed = true
            classes.append("unreachable")
        }
        if node.proxyOf != nil {
            classes.append("proxy")
            dashed = true
        }
        if node.covered == false {
            fill = "#FFFFFF"
            border = StyleTable.uncoveredBorder
            dashed = true
            classes.append("uncovered")
        } else if node.covered == true {
            border = StyleTable.coveredBorder
            penWidth = 2.5
            classes.append("covered")
        }
        if let severity = node.severity {
            classes.append("has-\(severity.rawValue)")
            // Under the coverage overlay the border says entered or not, as its legend does;
            // the finding is still badged in the label.
            if severity != .note && node.covered == nil {
                border = severity == .error ? StyleTable.errorBorder : StyleTable.warningBorder
                penWidth = 2.5
            }
        }
        if node.highlighted {
            border = StyleTable.highlight
            penWidth = 3
            classes.append("highlighted")
        }
        line += ", class="
        appendQuoted(classes.joined(separator: " "), to: &line)
        line += rounded ? (dashed ? ", style=\"rounded,filled,dashed\"" : ", style=\"rounded,filled\"") : (dashed ? ", style=\"filled,dashed\"" : ", style=\"filled\"")
        line += ", fillcolor="
        appendQuoted(fill, to: &line)
        line += ", color="
        appendQuoted(border, to: &line)
        line += ", fontcolor="
        appendQuoted(fontColor, to: &line)
        line += ", tooltip="
        appendQuoted(node.tooltip, to: &line)
        if penWidth != 1.2 { line += ", penwidth=\(penWidth)" }
        line += "]"
    }

    static func cluster(_ cluster: Diagram.Cluster) -> [String] {
        let (fill, border): (String, String) =
            switch cluster.kind {
            case .parallel: ("#F8F5FD", "#5E35B1")
            case .map: ("#F1FAF9", "#00897B")
            case .branch: ("#FFFFFF", "#B39DDB")
            case .iteration: ("#FFFFFF", "#80CBC4")
            }
        var classes = ["scope", cluster.kind.rawValue]
        var styles = ["rounded", "filled"]
        if cluster.kind == .branch || cluster.kind == .iteration { styles.append("dashed") }
        if cluster.distributed {
            classes.append("distributed")
            if cluster.kind == .map { styles.append("bold") }
        }
        if cluster.unreachable { classes.append("unreachable") }
        let small = cluster.kind == .branch || cluster.kind == .iteration
        return [
            "id=\(quoted(cluster.id))", "class=\(quoted(classes.joined(separator: " ")))",
            "label=\(quoted(cluster.title))", "tooltip=\(quoted(cluster.title))",
            "style=\(quoted(styles.joined(separator: ",")))",
            "fillcolor=\(quoted(cluster.unreachable ? "#F5F5F5" : fill))",
            "color=\(quoted(cluster.unreachable ? StyleTable.unreachableText : border))",
            "fontcolor=\(quoted(cluster.unreachable ? StyleTable.unreachableText : border))",
            "fontsize=\(small ? 9 : 11)", "labeljust=l", "margin=10",
        ]
    }

    /// The edge statement, appended to `line`: `"from" -> "to" [id="…", class="…", …]`.
    static func edge(_ edge: Diagram.Edge, id: String, labelKey: String, into line: inout String) {
        var colour = StyleTable.edgeColour(edge.kind)
        var penWidth: Double? = nil
        appendQuoted(edge.from, to: &line)
        line += " -> "
        appendQuoted(edge.to, to: &line)
        line += " [id="
        appendQuoted(id, to: &line)
        line += ", class=\"edge-" + edge.kind.rawValue
        if edge.covered == true {
            line += " covered"
            colour = StyleTable.coveredBorder
            penWidth = 1.8
        } else if edge.covered == false {
            line += " uncovered"
            colour = StyleTable.uncoveredEdge
        }
        if edge.highlighted {
            line += " highlighted"
            colour = StyleTable.highlight
            penWidth = 3
        }
        line += "\""
        if let label = edge.label {
            // A `label` on a `constraint=false` edge that lands between two nodes of one rank
            // corrupts the heap in Graphviz 2.42/2.43 (`flat_edges` reallocates a block that
            // `gvFreeLayout` then frees); an `xlabel` is placed after layout and draws the same.
            line += ", " + (edge.constraint ? labelKey : "xlabel") + "="
            appendQuoted(label, to: &line)
            line += ", fontcolor="
            appendQuoted(StyleTable.edgeColour(edge.kind), to: &line)
        }
        if let tooltip = edge.tooltip ?? edge.label {
            line += ", tooltip="
            appendQuoted(tooltip, to: &line)
        }
        if !edge.constraint { line += ", constraint=false" }
        line += ", color="
        appendQuoted(colour, to: &line)
        switch edge.kind {
        case .catch: line += ", style=\"dashed\""
        case .branch, .join, .removed: line += ", style=\"dotted\""
        case .default: line += ", style=\"bold\""
        default: break
        }
        if let penWidth { line += ", penwidth=\(penWidth)" }
        line += "]"
    }

    /// `<<B>name</B><BR/><FONT …>subtitle</FONT>…>` with every piece escaped, appended to `line`.
    static func htmlLabel(_ node: Diagram.Node, into line: inout String) {
        let html = DOTEscaper.htmlEscaping
        line += "<<B>"
        for (i, part) in wrap(node.title).enumerated() {
            if i > 0 { line += "<BR/>" }
            html.append(part, to: &line)
        }
        line += "</B>"
        if let subtitle = node.subtitle {
            line += "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#424242\">"
            html.append(subtitle, to: &line)
            line += "</FONT>"
        }
        if !node.badges.isEmpty {
            line += "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#424242\">"
            for (i, badge) in node.badges.enumerated() {
                if i > 0 { line += "  ·  " }
                html.append(badge, to: &line)
            }
            line += "</FONT>"
        }
        line += ">"
    }

    /// Splits a long name at spaces into lines of about `width` characters; newlines in the
    /// name are kept as line breaks.
    static func wrap(_ text: String, width: Int = 26) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                if !line.isEmpty, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = String(word)
                } else {
                    line += line.isEmpty ? String(word) : " " + word
                }
            }
            lines.append(line)
        }
        return lines
    }

    static func quoted(_ text: String) -> String { "\"" + DOTEscaper.quoted(text) + "\"" }

    /// `"text"`, escaped, appended to `line`.
    static func appendQuoted(_ text: String, to line: inout String) {
        line += "\""
        DOTEscaper.quotedEscaping.append(text, to: &line)
        line += "\""
    }
}
