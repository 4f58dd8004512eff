import ASLLoad

/// Whether two JSON values have the same content, ignoring positions and key order, without
/// building their text. Used where most compared values are equal (unchanged machines and
/// states), so it stops at the first difference and allocates little.
enum NodeEquality {
    /// - Complexity: O(n) for n nodes (objects over 8 members are matched through a
    ///   dictionary). Iterative.
    static func equal(_ a: LocatedNode, _ b: LocatedNode) -> Bool {
        var stack: [(LocatedNode, LocatedNode)] = [(a, b)]
        while let (x, y) = stack.popLast() {
            switch (x.value, y.value) {
            case (.null, .null):
                continue
            case (.bool(let p), .bool(let q)):
                if p != q { return false }
            case (.string(let p), .string(let q)):
                if p != q { return false }
            case (.number(let p), .number(let q)):
                if p.text != q.text && CanonicalJSON.number(p) != CanonicalJSON.number(q) { return false }
            case (.array(let p), .array(let q)):
                guard p.count == q.count else { return false }
                for i in p.indices { stack.append((p[i], q[i])) }
            case (.object(let p), .object(let q)):
                guard p.count == q.count else { return false }
                if p.count <= 8 {
                    for member in p {
                        guard let other = q.first(where: { $0.key == member.key }) else { return false }
                        stack.append((member.value, other.value))
                    }
                } else {
                    var byKey: [String: LocatedNode] = [:]
                    for member in q where byKey[member.key] == nil { byKey[member.key] = member.value }
                    for member in p {
                        guard let other = byKey[member.key] else { return false }
                        stack.append((member.value, other))
                    }
                }
            default:
                return false
            }
        }
        return true
    }
}
