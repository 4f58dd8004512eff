import CGraphviz

/// What Graphviz's own parser read from a DOT text, without laying it out.
public struct ParsedDOT: Sendable, Equatable {
    public var nodes: Int
    public var edges: Int
    /// Every `label` and `xlabel` that is an HTML-like string (`<…>`), as Graphviz stored it
    /// (without the outer angle brackets): the text Graphviz parses as markup at layout time.
    public var htmlLabels: [String]
}

/// Parses DOT with `agmemread` only: no layout, so it is fast and stays clear of the layout
/// code whose heap bug (Graphviz 2.42/2.43) the layout worker process exists for. Used by the
/// fuzz harness to check that every DOT aslkit writes is DOT Graphviz reads.
public enum DOTSyntaxCheck {
    public static func parse(_ dot: String) throws(GraphvizError) -> ParsedDOT {
        try GraphvizEngine.shared.run { gv, _ throws(GraphvizError) in
            // As in `GraphvizRenderer`: the lexer's line counter survives a failed parse.
            gv.agreadline(1)
            guard let graph = dot.withCString({ gv.agmemread($0) }) else {
                let messages = GraphvizEngine.shared.takeMessages()
                throw .syntax(messages.isEmpty ? "could not parse DOT" : messages.joined(separator: "\n"))
            }
            defer { _ = gv.agclose(graph) }
            _ = GraphvizEngine.shared.takeMessages()
            var parsed = ParsedDOT(nodes: Int(gv.agnnodes(graph)), edges: Int(gv.agnedges(graph)), htmlLabels: [])
            var pending = [graph]  // subgraphs, walked without recursion
            while let subgraph = pending.popLast() {
                collectHTML(gv, of: UnsafeMutableRawPointer(subgraph), into: &parsed.htmlLabels)
                var child = gv.agfstsubg(subgraph)
                while let found = child {
                    pending.append(found)
                    child = gv.agnxtsubg(found)
                }
            }
            var node = gv.agfstnode(graph)
            while let current = node {
                collectHTML(gv, of: UnsafeMutableRawPointer(current), into: &parsed.htmlLabels)
                var edge = gv.agfstout(graph, current)
                while let out = edge {
                    collectHTML(gv, of: UnsafeMutableRawPointer(out), into: &parsed.htmlLabels)
                    edge = gv.agnxtout(graph, out)
                }
                node = gv.agnxtnode(graph, current)
            }
            return parsed
        }
    }

    private static func collectHTML(_ gv: GraphvizLibrary, of object: UnsafeMutableRawPointer, into labels: inout [String]) {
        for name in ["label", "xlabel"] {
            var name = Array(name.utf8CString)
            guard let value = gv.agget(object, &name), gv.aghtmlstr(value) != 0 else { continue }
            labels.append(String(cString: value))
        }
    }
}
