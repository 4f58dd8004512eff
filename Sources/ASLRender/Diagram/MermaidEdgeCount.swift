/// The Mermaid text of a diagram's edges (their lines and `linkStyle` lines) counted in UTF-16
/// code units as the edges are made, none of them kept: a report needs only the size of a
/// diagram past the edge limit, and the edges were most of its memory (20 MB and 180,000
/// strings for a machine of 105,000 small states).
struct MermaidEdgeCount: Sendable {
    private(set) var edgeCount = 0
    /// The edge lines; `linkStyle` lines are summed from `styles`.
    private var lineUnits = 0
    /// Per style: how many edges and the digits of their indices.
    private var styles: [String: (edges: Int, digits: Int)] = [:]
    /// Reused for each line.
    private var line = ""

    /// Counts `edge` as the edge of position `index` in the diagram's list.
    mutating func add(_ edge: Diagram.Edge, index: Int) {
        var edge = edge
        LabelLimits.apply(&edge)
        line.removeAll(keepingCapacity: true)
        line += "  "
        MermaidWriter.edge(edge, into: &line)
        line += "\n"
        lineUnits += line.utf16.count
        edgeCount += 1
        if let style = MermaidWriter.linkStyle(edge) {
            styles[style, default: (0, 0)].edges += 1
            styles[style, default: (0, 0)].digits += Self.digits(index)
        }
    }

    /// What `MermaidWriter` writes for these edges: a line each, and per style
    /// `  linkStyle 0,4,7 <style>` and a line break.
    var utf16Count: Int {
        var count = lineUnits
        for (style, used) in styles {
            count += "  linkStyle ".utf16.count + used.digits + (used.edges - 1) + 1 + style.utf16.count + 1
        }
        return count
    }

    static func digits(_ index: Int) -> Int {
        var digits = 1, rest = index
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return digits
    }
}
