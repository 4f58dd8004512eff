/// Collects which nodes get which Mermaid class, and writes `classDef` and `class` lines in
/// first-use order (overlay classes last, so their colours win).
struct MermaidClasses {
    private var members: [String: [String]] = [:]
    private var order: [String] = []
    private var definitions: [String: String] = [:]

    /// Each kind's type class and its definition, made once per kind rather than per node.
    private var typeClasses: [Diagram.NodeKind: (name: String, definition: String)] = [:]

    mutating func add(_ node: Diagram.Node) {
        let id = MermaidWriter.id(node.id)
        let typeClass = typeClass(for: node.kind)
        assign(id, to: typeClass.name, definition: typeClass.definition)
        if node.unreachable { assign(id, to: "unreachable", definition: "fill:#EEEEEE,stroke:#9E9E9E,color:#9E9E9E,stroke-dasharray:4 3") }
        if node.covered == false { assign(id, to: "uncovered", definition: "fill:#FFFFFF,stroke:\(StyleTable.uncoveredBorder),stroke-dasharray:4 3") }
        if node.covered == true { assign(id, to: "covered", definition: "stroke:\(StyleTable.coveredBorder),stroke-width:2.5px") }
        // Under the coverage overlay the border says entered or not, as its legend does.
        if let severity = node.severity, severity != .note, node.covered == nil {
            let colour = severity == .error ? StyleTable.errorBorder : StyleTable.warningBorder
            assign(id, to: severity == .error ? "has_error" : "has_warning", definition: "stroke:\(colour),stroke-width:2.5px")
        }
        if node.highlighted { assign(id, to: "highlighted", definition: "stroke:\(StyleTable.highlight),stroke-width:3px") }
    }

    private mutating func typeClass(for kind: Diagram.NodeKind) -> (name: String, definition: String) {
        if let known = typeClasses[kind] { return known }
        let style = StyleTable.style(for: kind)
        let made = (style.classes.filter { $0 != "state" }.joined(separator: "_"), "fill:\(style.fill),stroke:\(style.border),color:#212121")
        typeClasses[kind] = made
        return made
    }

    mutating func add(_ cluster: Diagram.Cluster) {
        let (fill, border) =
            switch cluster.kind {
            case .parallel: ("#F8F5FD", "#5E35B1")
            case .map: ("#F1FAF9", "#00897B")
            case .branch: ("#FFFFFF", "#B39DDB")
            case .iteration: ("#FFFFFF", "#80CBC4")
            }
        assign(MermaidWriter.id(cluster.id), to: "scope_\(cluster.kind.rawValue)", definition: "fill:\(fill),stroke:\(border)")
    }

    private mutating func assign(_ id: String, to name: String, definition: @autoclosure () -> String) {
        if members[name] == nil {
            order.append(name)
            definitions[name] = definition()
        }
        members[name, default: []].append(id)
    }

    func statements() -> [String] {
        let overlays = ["unreachable", "covered", "uncovered", "has_warning", "has_error", "highlighted"]
        let sorted = order.filter { !overlays.contains($0) } + overlays.filter { order.contains($0) }
        var lines: [String] = []
        for name in sorted { lines.append("  classDef \(name) \(definitions[name]!)") }
        for name in sorted { lines.append("  class \(members[name]!.joined(separator: ",")) \(name)") }
        return lines
    }
}
