import ASLSource

/// A JSON or YAML value in which every node knows where it came from. Both readers produce
/// this tree, so everything after loading is independent of the file format.
public struct LocatedNode: Hashable, Sendable {
    /// Not `indirect`: the arrays already give the recursion its indirection, and an indirect
    /// case would cost one more heap box for every node of every document.
    public enum Value: Hashable, Sendable {
        case null
        case bool(Bool)
        case number(NumberLiteral)
        case string(String)
        case array([LocatedNode])
        /// Members in document order. Duplicate keys are reported by the reader and only the
        /// first occurrence is kept.
        case object([Member])
    }

    public struct Member: Hashable, Sendable {
        public var key: String
        public var keyPosition: SourcePosition
        public var value: LocatedNode

        public init(key: String, keyPosition: SourcePosition, value: LocatedNode) {
            self.key = key
            self.keyPosition = keyPosition
            self.value = value
        }
    }

    /// The node's fields in one shared, immutable box: nodes are copied by every look-up
    /// (`node["Key"]`) and into every model value that keeps its source, and a copy then costs
    /// one reference count instead of one per field.
    fileprivate var box: NodeBox

    public var value: Value {
        get { box.value }
        set { update { $0.value = newValue } }
    }

    /// Where the node starts: the opening quote, bracket or first character of a scalar.
    public var position: SourcePosition {
        get { box.position.unpacked }
        set { update { $0.position = newValue } }
    }

    /// For a string whose characters map one to one onto source columns (single line, no
    /// escapes), the position of its first character; `nil` otherwise. Expression checkers use
    /// it to point inside the string.
    public var contentStart: SourcePosition? {
        get { box.contentStart.unpackedIfSet }
        set { update { $0.contentStart = newValue } }
    }

    /// A YAML tag written on the node (`!Sub`, `!GetAtt`), without normalisation.
    public var tag: String? {
        get { box.tag }
        set { update { $0.tag = newValue } }
    }

    public init(
        _ value: Value,
        at position: SourcePosition,
        contentStart: SourcePosition? = nil,
        tag: String? = nil
    ) {
        box = NodeBox(value: value, position: position, contentStart: contentStart, tag: tag)
    }

    /// Nodes are rarely changed after reading (a YAML tag, positions mapped back into a
    /// template), so a change always makes a new box: with constant fields, reads need no
    /// exclusivity checks.
    private mutating func update(_ change: (inout NodeFields) -> Void) {
        var fields = NodeFields(value: box.value, position: position, contentStart: contentStart, tag: box.tag)
        change(&fields)
        box = NodeBox(value: fields.value, position: fields.position, contentStart: fields.contentStart, tag: fields.tag)
    }

    public static func == (lhs: LocatedNode, rhs: LocatedNode) -> Bool {
        lhs.box === rhs.box
            || (lhs.box.position == rhs.box.position && lhs.box.contentStart == rhs.box.contentStart
                && lhs.box.tag == rhs.box.tag && lhs.box.value == rhs.box.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.value)
        hasher.combine(box.position)
        hasher.combine(box.contentStart)
        hasher.combine(box.tag)
    }
}

/// The fields of a node while one is being changed.
private struct NodeFields {
    var value: LocatedNode.Value
    var position: SourcePosition
    var contentStart: SourcePosition?
    var tag: String?
}

/// The storage of a `LocatedNode`, never mutated. Positions are packed into 32-bit halves: a
/// document has one box per node, and smaller boxes are quicker to make, walk and free.
private final class NodeBox: Sendable {
    let value: LocatedNode.Value
    let position: PackedPosition
    let contentStart: PackedPosition
    let tag: String?

    init(value: LocatedNode.Value, position: SourcePosition, contentStart: SourcePosition?, tag: String?) {
        self.value = value
        self.position = PackedPosition(position)
        self.contentStart = contentStart.map(PackedPosition.init) ?? .none
        self.tag = tag
    }
}

/// A line and column in 32 bits each; line 0 stands for "none". Lines and columns beyond
/// 2^31 - 1 (no file a reader accepts has them) are clamped.
private struct PackedPosition: Hashable, Sendable {
    let line: Int32
    let column: Int32

    static let none = PackedPosition(line: 0, column: 0)

    init(line: Int32, column: Int32) {
        self.line = line
        self.column = column
    }

    init(_ position: SourcePosition) {
        line = Int32(clamping: position.line)
        column = Int32(clamping: position.column)
    }

    var unpacked: SourcePosition { SourcePosition(line: Int(line), column: Int(column)) }

    var unpackedIfSet: SourcePosition? { line == 0 ? nil : unpacked }
}

extension LocatedNode {
    public var stringValue: String? {
        if case .string(let s) = value { return s }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = value { return b }
        return nil
    }

    public var numberValue: NumberLiteral? {
        if case .number(let n) = value { return n }
        return nil
    }

    public var arrayValue: [LocatedNode]? {
        if case .array(let a) = value { return a }
        return nil
    }

    public var members: [Member]? {
        if case .object(let m) = value { return m }
        return nil
    }

    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// The member named `key` of an object, if any. Linear: objects in ASL are small, and a
    /// dictionary would cost more to build than the few look-ups made on each.
    /// Copies only the node found, not each member passed over (every check calls this).
    /// Keys are told apart by their first byte before they are compared (`String.mayEqual`):
    /// most keys differ from the one sought there, and a full comparison of two different
    /// strings is a call into the standard library.
    public subscript(key: String) -> LocatedNode? {
        guard case .object(let members) = box.value else { return nil }
        let first = key.utf8.first
        for index in members.indices where members[index].key.mayEqual(key, firstByte: first) && members[index].key == key {
            return members[index].value
        }
        return nil
    }

    public func member(_ key: String) -> Member? {
        guard case .object(let members) = box.value else { return nil }
        let first = key.utf8.first
        for index in members.indices where members[index].key.mayEqual(key, firstByte: first) && members[index].key == key {
            return members[index]
        }
        return nil
    }

    /// The kind of value, as used in messages ("expected a string, found an object").
    public var kindName: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number(let n): n.isInteger ? "an integer" : "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// A copy with every position passed through `transform`, used to map a definition
    /// parsed from inside a string back onto the file that holds the string.
    public func mapPositions(_ transform: (SourcePosition) -> SourcePosition) -> LocatedNode {
        var copy = self
        copy.position = transform(position)
        copy.contentStart = contentStart.map(transform)
        switch value {
        case .array(let items):
            copy.value = .array(items.map { $0.mapPositions(transform) })
        case .object(let members):
            copy.value = .object(
                members.map {
                    Member(key: $0.key, keyPosition: transform($0.keyPosition), value: $0.value.mapPositions(transform))
                })
        default:
            break
        }
        return copy
    }
}

extension String {
    /// `false` only when `self == other` is certainly false because both start with different
    /// ASCII bytes (`otherFirstByte` is `other.utf8.first`, taken once by the caller). Not a
    /// length test: `==` is canonical equivalence, and a string with a non-ASCII character
    /// can equal one of a different length ("\u{212A}" == "K"); but an ASCII first character
    /// is its own first scalar in normal form, so different ASCII first bytes never match.
    @inlinable
    package func mayEqual(_ other: String, firstByte otherFirstByte: UInt8?) -> Bool {
        guard let mine = utf8.first, let theirs = otherFirstByte else { return true }
        return mine == theirs || mine >= 0x80 || theirs >= 0x80
    }
}
