/// The attribute lists of single DOT statements.
enum DOTAttributes {
    static func node(_ node: Diagram.Node) -> String {
        let style = StyleTable.style(for: node.kind)
        var classes = style.classes
        var attributes: [(String, String)] = [("id", quoted(node.id))]
        var fill = style.fill, border = style.border, fontColor = "#212121", penWidth = 1.2
        var styles = ["filled"]
        switch node.kind {
        case .start, .end:
            attributes += [("shape", style.shape), ("label", "\"\""), ("width", node.kind == .start ? "0.22" : "0.2"), ("fixedsize", "true")]
        case .join:
            attributes += [("shape", "box"), ("label", "\"\""), ("height", "0.05"), ("width", "1.2"), ("fixedsize", "true")]
        case .state(let type, _):
            attributes += [("shape", style.shape), ("label", htmlLabel(node))]
            if type != .choice { styles.insert("rounded", at: 0) }
            if type == .choice { attributes.append(("margin", "\"0.04,0.02\"")) }
        }
        if node.unreachable {
            fill = StyleTable.unreachableFill
            border = StyleTable.unreachableText
            fontColor = StyleTable.unreachableText
            styles.append("dashed")
            classes.append("unreachable")
        }
        if node.proxyOf != nil {
            classes.append("proxy")
            if !styles.contains("dashed") { styles.append("dashed") }
        }
        if node.covered == false {
            fill = "#FFFFFF"
            border = StyleTable.uncoveredBorder
            if !styles.contains("dashed") { styles.append("dashed") }
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
        attributes += [
            ("class", quoted(classes.joined(separator: " "))), ("style", quoted(styles.joined(separator: ","))),
            ("fillcolor", quoted(fill)), ("color", quoted(border)), ("fontcolor", quoted(fontColor)),
            ("tooltip", quoted(node.tooltip)),
        ]
        if penWidth != 1.2 { attributes.append(("penwidth", "\(penWidth)")) }
        return "\(quoted(node.id)) [\(list(attributes))]"
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

    static func edge(_ edge: Diagram.Edge, id: String, labelKey: String) -> String {
        var classes = ["edge-\(edge.kind.rawValue)"]
        var attributes: [(String, String)] = [("id", quoted(id))]
        var colour = StyleTable.edgeColour(edge.kind)
        var penWidth: Double? = nil
        var styles: [String] = []
        switch edge.kind {
        case .catch: styles.append("dashed")
        case .branch, .join, .removed: styles.append("dotted")
        case .default: styles.append("bold")
        default: break
        }
        if let label = edge.label {
            // A `label` on a `constraint=false` edge that lands between two nodes of one rank
            // corrupts the heap in Graphviz 2.42/2.43 (`flat_edges` reallocates a block that
            // `gvFreeLayout` then frees); an `xlabel` is placed after layout and draws the same.
            attributes.append((edge.constraint ? labelKey : "xlabel", quoted(label)))
            attributes.append(("fontcolor", quoted(StyleTable.edgeColour(edge.kind))))
        }
        if let tooltip = edge.tooltip ?? edge.label { attributes.append(("tooltip", quoted(tooltip))) }
        if !edge.constraint { attributes.append(("constraint", "false")) }
        if edge.covered == true {
            classes.append("covered")
            colour = StyleTable.coveredBorder
            penWidth = 1.8
        } else if edge.covered == false {
            classes.append("uncovered")
            colour = StyleTable.uncoveredEdge
        }
        if edge.highlighted {
            classes.append("highlighted")
            colour = StyleTable.highlight
            penWidth = 3
        }
        attributes.insert(("class", quoted(classes.joined(separator: " "))), at: 1)
        attributes.append(("color", quoted(colour)))
        if !styles.isEmpty { attributes.append(("style", quoted(styles.joined(separator: ",")))) }
        if let penWidth { attributes.append(("penwidth", "\(penWidth)")) }
        return "\(quoted(edge.from)) -> \(quoted(edge.to)) [\(list(attributes))]"
    }

    /// `<<B>name</B><BR/><FONT …>subtitle</FONT>…>` with every piece escaped.
    static func htmlLabel(_ node: Diagram.Node) -> String {
        var label = "<<B>" + wrap(node.title).map(DOTEscaper.html).joined(separator: "<BR/>") + "</B>"
        if let subtitle = node.subtitle {
            label += "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#424242\">\(DOTEscaper.html(subtitle))</FONT>"
        }
        if !node.badges.isEmpty {
            label += "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#424242\">\(DOTEscaper.html(node.badges.joined(separator: "  ·  ")))</FONT>"
        }
        return label + ">"
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

    static func list(_ attributes: [(String, String)]) -> String {
        attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
    }
}
