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
    }

    func firstPosition(of key: String) -> SourcePosition? {
        if let index { return index[key].map { members[$0].keyPosition } }
        return members.first { $0.key == key }?.keyPosition
    }

    /// Adds the value read for the pending key.
    mutating func appendMember(_ value: LocatedNode) {
        members.append(LocatedNode.Member(key: pendingKey, keyPosition: pendingKeyPosition, value: value))
        if index != nil {
            index![pendingKey] = members.count - 1
        } else if members.count > 16 {
            index = Dictionary(members.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The finished container as a node.
    func node() -> LocatedNode {
        LocatedNode(isObject ? .object(members) : .array(items), at: position)
    }
}
