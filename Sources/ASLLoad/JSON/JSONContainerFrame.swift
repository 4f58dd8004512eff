import ASLSource

/// An open array or object on the parser's explicit stack. A class, so that appending to it
/// never copies a frame (an enum payload or struct element copied out of the stack would copy
/// or retain its arrays on every append, which made parsing several times slower).
final class JSONContainerFrame {
    let position: SourcePosition
    let isObject: Bool
    var items: [LocatedNode] = []
    var members: [LocatedNode.Member] = []
    var pendingKey = ""
    var pendingKeyPosition = SourcePosition(line: 0, column: 0)
    /// Key → member index, built only once an object is large enough for linear search to hurt.
    private var index: [String: Int]?

    init(position: SourcePosition, isObject: Bool) {
        self.position = position
        self.isObject = isObject
        // Typical ASL objects have a handful of members: start with room for them rather than
        // growing 1 → 2 → 4 → 8, which dominated the parse time in profiles.
        if isObject { members.reserveCapacity(8) } else { items.reserveCapacity(4) }
    }

    private func firstPosition(of key: String) -> SourcePosition? {
        if let index { return index[key].map { members[$0].keyPosition } }
        for member in members where member.key == key { return member.keyPosition }
        return nil
    }

    /// Adds the value read for the pending key, unless the key is a repeat: then the value is
    /// dropped and the repeat described.
    func appendMember(_ value: consuming LocatedNode) -> (key: String, at: SourcePosition, first: SourcePosition)? {
        if let first = firstPosition(of: pendingKey) { return (pendingKey, pendingKeyPosition, first) }
        members.append(LocatedNode.Member(key: pendingKey, keyPosition: pendingKeyPosition, value: value))
        if index != nil {
            index![pendingKey] = members.count - 1
        } else if members.count > 16 {
            index = Dictionary(members.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        }
        return nil
    }

    /// The finished container as a node.
    func node() -> LocatedNode {
        LocatedNode(isObject ? .object(members) : .array(items), at: position)
    }
}
