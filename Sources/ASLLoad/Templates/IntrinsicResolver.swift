/// Makes an inline definition plain ASL: template intrinsic functions (`{"Fn::GetAtt": ...}`,
/// `{"Ref": ...}`, `{"Fn::Sub": ...}`, `{"Fn::Join": ...}`) become strings, and `${Name}`
/// placeholders in strings are substituted where the value is known.
///
/// Unknown values become placeholder text that cannot cause a false finding later: `${A.Arn}`,
/// and under `Resource` an ARN-shaped `arn:aws:placeholder:::${A.Arn}`.
/// - Complexity: O(nodes); recursion depth is bounded by the readers' nesting limit.
struct IntrinsicResolver {
    var substitutions: [String: String]

    func resolve(_ node: LocatedNode, key: String? = nil) -> LocatedNode {
        switch node.value {
        case .string(let text):
            let substituted = PlaceholderSubstitution.apply(substitutions, to: text)
            guard substituted != text else { return node }
            return LocatedNode(.string(substituted), at: node.position, tag: node.tag)
        case .array(let items):
            let resolved = items.map { resolve($0) }
            // Unchanged subtrees stay views into the document instead of becoming copies.
            if zip(items, resolved).allSatisfy({ $0.isSameStorage(as: $1) }) { return node }
            var copy = node
            copy.value = .array(LocatedNode.Elements(resolved))
            return copy
        case .object(let members):
            if let text = intrinsicText(node) {
                let shaped = key == "Resource" && !text.hasPrefix("arn:") ? "arn:aws:placeholder:::" + text : text
                return LocatedNode(.string(shaped), at: node.position, tag: node.tag)
            }
            let resolved = members.map {
                LocatedNode.Member(key: $0.key, keyPosition: $0.keyPosition, value: resolve($0.value, key: $0.key))
            }
            if zip(members, resolved).allSatisfy({ $0.value.isSameStorage(as: $1.value) }) { return node }
            var copy = node
            copy.value = .object(LocatedNode.Members(resolved))
            return copy
        default:
            return node
        }
    }

    /// The text an intrinsic function object stands for, or `nil` if `node` is not one.
    func intrinsicText(_ node: LocatedNode) -> String? {
        guard let members = node.members, members.count == 1 else { return nil }
        let name = members[0].key
        let operand = members[0].value
        switch name {
        case "Ref":
            return "${\(operand.stringValue ?? "Ref")}"
        case "Fn::GetAtt":
            if let text = operand.stringValue { return "${\(text)}" }
            let parts = operand.arrayValue?.map { $0.stringValue ?? intrinsicText($0) ?? "?" } ?? []
            return "${\(parts.joined(separator: "."))}"
        case "Fn::Sub":
            if let text = operand.stringValue { return PlaceholderSubstitution.apply(substitutions, to: text) }
            guard let items = operand.arrayValue, let text = items.first?.stringValue else { return "${Fn::Sub}" }
            let local = items.count > 1 ? Self.plainValues(of: items[1]).resolved : [:]
            return PlaceholderSubstitution.apply(substitutions.merging(local) { _, new in new }, to: text)
        case "Fn::Join":
            guard let items = operand.arrayValue, items.count == 2, let pieces = items[1].arrayValue else { return "${Fn::Join}" }
            let delimiter = items[0].stringValue ?? ""
            return pieces.map { $0.stringValue ?? intrinsicText($0) ?? "${Value}" }.joined(separator: delimiter)
        default:
            guard name.hasPrefix("Fn::") else { return nil }
            return "${\(name)}"
        }
    }

    /// The values of a substitution map: plain scalars (resolved) and the names whose value is
    /// only known at deploy time (an intrinsic function), which stay placeholders.
    static func plainValues(of map: LocatedNode?) -> (resolved: [String: String], unresolved: [String]) {
        var resolved: [String: String] = [:]
        var unresolved: [String] = []
        for member in map?.members ?? [] {
            switch member.value.value {
            case .string(let text): resolved[member.key] = text
            case .number(let number): resolved[member.key] = number.text
            case .bool(let flag): resolved[member.key] = flag ? "true" : "false"
            default: unresolved.append(member.key)
            }
        }
        return (resolved, unresolved)
    }
}
