import ASLSource

/// A JSON or YAML value in which every node knows where it came from. Both readers produce
/// this tree, so everything after loading is independent of the file format.
///
/// A node read from a file is a view into its document's `DocumentArena` (the arena and an
/// index); a node made by code (a resolved `Fn::Sub`, a test) has its fields in a box of its
/// own, whose children may again be views. Both behave the same: copying a node costs one
/// reference count, and equality compares values and positions, never storage.
public struct LocatedNode: Hashable, Sendable {
    /// Not `indirect`: the collections already give the recursion its indirection.
    public enum Value: Hashable, Sendable {
        case null
        case bool(Bool)
        case number(NumberLiteral)
        case string(String)
        case array(Elements)
        /// Members in document order. Duplicate keys are reported by the reader and only the
        /// first occurrence is kept.
        case object(Members)
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

    /// A `DocumentArena` holding node `index`, or, when `index` is `NodeStorage.boxed`, the
    /// node's own `NodeBox`. One class reference and a tag in the index, rather than an enum
    /// of two payloads: reading a field through the reference borrows it, where taking an
    /// enum's payload apart counted a reference (two of the four counts of `stringValue`).
    let storage: NodeStorage
    let index: UInt32

    init(arena: DocumentArena, index: UInt32) {
        precondition(index != NodeStorage.boxed, "an arena holds fewer nodes")
        storage = arena
        self.index = index
    }

    /// A node of the arena that `storage` is, given as the reference of the view it is read
    /// from: without the cast to `DocumentArena` and back, a view lent to a closure borrows that
    /// reference instead of counting one of its own (see `LocatedNode+Lending`).
    init(sameArenaAs storage: NodeStorage, index: UInt32) {
        precondition(index != NodeStorage.boxed, "an arena holds fewer nodes")
        self.storage = storage
        self.index = index
    }

    public init(
        _ value: Value,
        at position: SourcePosition,
        contentStart: SourcePosition? = nil,
        tag: String? = nil
    ) {
        storage = NodeBox(value: value, position: position, contentStart: contentStart, tag: tag)
        index = NodeStorage.boxed
    }

    public var value: Value {
        get {
            if index == NodeStorage.boxed { return unsafeDowncast(storage, to: NodeBox.self).value }
            return unsafeDowncast(storage, to: DocumentArena.self).value(of: index)
        }
        set { update { $0.value = newValue } }
    }

    /// Where the node starts: the opening quote, bracket or first character of a scalar.
    public var position: SourcePosition {
        get {
            if index == NodeStorage.boxed { return unsafeDowncast(storage, to: NodeBox.self).position.unpacked }
            return unsafeDowncast(storage, to: DocumentArena.self).nodes[Int(index)].position.unpacked
        }
        set { update { $0.position = newValue } }
    }

    /// For a string whose characters map one to one onto source columns (single line, no
    /// escapes), the position of its first character; `nil` otherwise. Expression checkers use
    /// it to point inside the string.
    public var contentStart: SourcePosition? {
        get {
            if index == NodeStorage.boxed { return unsafeDowncast(storage, to: NodeBox.self).contentStart.unpackedIfSet }
            let arena = unsafeDowncast(storage, to: DocumentArena.self)
            let record = arena.nodes[Int(index)]
            if record.contentStart == .explicit { return arena.contentStarts[index]?.unpackedIfSet }
            return record.contentStartPosition.unpackedIfSet
        }
        set { update { $0.contentStart = newValue } }
    }

    /// A YAML tag written on the node (`!Sub`, `!GetAtt`), without normalisation.
    public var tag: String? {
        get {
            if index == NodeStorage.boxed { return unsafeDowncast(storage, to: NodeBox.self).tag }
            let arena = unsafeDowncast(storage, to: DocumentArena.self)
            return arena.tags.isEmpty ? nil : arena.tags[index]
        }
        set { update { $0.tag = newValue } }
    }

    /// The arena record of a node read from a file; `nil` for a node made by code.
    var arenaRecord: NodeRecord? {
        index == NodeStorage.boxed ? nil : unsafeDowncast(storage, to: DocumentArena.self).nodes[Int(index)]
    }

    /// Nodes are rarely changed after reading (a YAML tag, positions mapped back into a
    /// template), so a change always makes a new box: with constant fields, reads need no
    /// exclusivity checks.
    private mutating func update(_ change: (inout NodeFields) -> Void) {
        var fields = NodeFields(value: value, position: position, contentStart: contentStart, tag: tag)
        change(&fields)
        self = LocatedNode(fields.value, at: fields.position, contentStart: fields.contentStart, tag: fields.tag)
    }

    /// Whether both are the same stored node (not merely equal): a cheap test of "unchanged"
    /// for code that rebuilds a tree.
    package func isSameStorage(as other: LocatedNode) -> Bool {
        storage === other.storage && index == other.index
    }

    public static func == (lhs: LocatedNode, rhs: LocatedNode) -> Bool {
        lhs.isSameStorage(as: rhs)
            || (lhs.position == rhs.position && lhs.contentStart == rhs.contentStart && lhs.tag == rhs.tag
                && lhs.value == rhs.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(position)
        hasher.combine(contentStart)
        hasher.combine(tag)
    }
}

/// The fields of a node while one is being changed.
private struct NodeFields {
    var value: LocatedNode.Value
    var position: SourcePosition
    var contentStart: SourcePosition?
    var tag: String?
}

/// What a node or a collection of nodes is stored in: a `DocumentArena`, or a box of nodes
/// made by code. Views hold one reference of this class and an index whose value says which
/// subclass it is, so that they can read through it with `unsafeDowncast` (checked in debug
/// builds) instead of unpacking an enum.
class NodeStorage: @unchecked Sendable {
    /// The index of a view whose storage is a box, not an arena.
    static let boxed = UInt32.max
}

/// The storage of a node made by code, never mutated.
final class NodeBox: NodeStorage, @unchecked Sendable {
    let value: LocatedNode.Value
    let position: PackedPosition
    let contentStart: PackedPosition
    let tag: String?

    init(value: LocatedNode.Value, position: SourcePosition, contentStart: SourcePosition?, tag: String?) {
        self.value = value
        self.position = PackedPosition(position)
        self.contentStart = PackedPosition(contentStart)
        self.tag = tag
    }
}

extension DocumentArena {
    func value(of index: UInt32) -> LocatedNode.Value {
        let record = nodes[Int(index)]
        switch record.kind {
        case .null: return .null
        case .bool: return .bool(record.first != 0)
        case .number: return .number(NumberLiteral(text: numberText(record)))
        case .string: return .string(stringText(record))
        case .array: return .array(LocatedNode.Elements(arena: self, first: record.first, count: record.count))
        case .object: return .object(LocatedNode.Members(arena: self, first: record.first, count: record.count))
        }
    }
}
