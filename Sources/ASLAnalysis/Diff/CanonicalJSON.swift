import ASLLoad

/// Compact JSON text of a located node with sorted keys, so that two nodes with the same
/// content have the same text whatever their positions or key order. Iterative: a hostile,
/// deeply nested document must not overflow the stack.
enum CanonicalJSON {
    /// - Parameter replacing: transforms applied to string values at given member keys of the
    ///   top-level object and its arrays' objects (used to map transition targets).
    /// - Complexity: O(n log k) for n nodes, k the widest object.
    static func text(_ node: LocatedNode) -> String {
        var out = ""
        var stack: [Item] = [.node(node)]
        while let item = stack.popLast() {
            switch item {
            case .literal(let text):
                out += text
            case .node(let node):
                switch node.value {
                case .null: out += "null"
                case .bool(let b): out += b ? "true" : "false"
                case .number(let n): out += number(n)
                case .string(let s): out += quoted(s)
                case .array(let elements):
                    out += "["
                    stack.append(.literal("]"))
                    for (i, element) in elements.enumerated().reversed() {
                        stack.append(.node(element))
                        if i > 0 { stack.append(.literal(",")) }
                    }
                case .object(let members):
                    out += "{"
                    stack.append(.literal("}"))
                    let sorted = members.sorted { $0.key < $1.key }
                    for (i, member) in sorted.enumerated().reversed() {
                        stack.append(.node(member.value))
                        stack.append(.literal((i > 0 ? "," : "") + quoted(member.key) + ":"))
                    }
                }
            }
        }
        return out
    }

    /// `30` and `30.0` are the same number to the service.
    static func number(_ literal: NumberLiteral) -> String {
        if let int = literal.intValue { return String(int) }
        if let double = literal.doubleValue { return double == double.rounded() && abs(double) < 1e15 ? String(Int(double)) : String(double) }
        return literal.text
    }

    static func quoted(_ s: String) -> String {
        JSONStringLiteral.quoted(s)
    }

    /// A value for a report line: compact JSON, shortened to `limit` characters.
    static func short(_ node: LocatedNode, limit: Int = 80) -> String {
        let full = node.stringValue.map { quoted($0) } ?? text(node)
        guard full.count > limit else { return full }
        return String(full.prefix(limit - 1)) + "…"
    }

    private enum Item {
        case node(LocatedNode)
        case literal(String)
    }
}
