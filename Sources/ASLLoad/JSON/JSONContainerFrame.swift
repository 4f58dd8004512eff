import ASLSource

/// An open array or object on the parser's explicit stack. A struct rather than an enum with
/// payloads so that appending mutates the stack's storage in place (extracting an enum payload
/// would copy the element array on every append and make parsing quadratic).
struct JSONContainerFrame {
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
        // Room for a typical ASL object or array, so that growing it rarely reallocates.
        if isObject { members.reserveCapacity(8) } else { items.reserveCapacity(4) }
    }

    func firstPosition(of key: String) -> SourcePosition? {
        if let index { return index[key].map { members[$0].keyPosition } }
        return members.first { $0.key == key }?.keyPosition
    }

    /// Adds an element to an array.
    mutating func appendItem(_ value: consuming LocatedNode) {
        items.append(value)
    }

    /// Adds the value read for the pending key, or, when the key is already a member, keeps
    /// the first value and returns where that key was written. Mutating so that the parser
    /// reaches the frame in place on its stack instead of copying it for the look-up.
    mutating func appendMemberUnlessDuplicate(_ value: consuming LocatedNode) -> SourcePosition? {
        if let first = firstPosition(of: pendingKey) { return first }
        appendMember(value)
        return nil
    }

    private mutating func appendMember(_ value: consuming LocatedNode) {
        members.append(LocatedNode.Member(key: pendingKey, keyPosition: pendingKeyPosition, value: value))
        if index != nil {
            index![pendingKey] = members.count - 1
        } else if members.count > 16 {
            index = Dictionary(members.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The finished container as a node.
    consuming func node() -> LocatedNode {
        LocatedNode(isObject ? .object(members) : .array(items), at: position)
    }
}
