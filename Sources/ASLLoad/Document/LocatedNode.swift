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

    enum Storage: Sendable {
        case box(NodeBox)
        case arena(DocumentArena, UInt32)
    }

    var storage: Storage

    init(arena: DocumentArena, index: UInt32) {
        storage = .arena(arena, index)
    }

    public init(
        _ value: Value,
        at position: SourcePosition,
        contentStart: SourcePosition? = nil,
        tag: String? = nil
    ) {
        storage = .box(NodeBox(value: value, position: position, contentStart: contentStart, tag: tag))
    }

    public var value: Value {
        get {
            switch storage {
            case .box(let box): return box.value
            case .arena(let arena, let index): return arena.value(of: index)
            }
        }
        set { update { $0.value = newValue } }
    }

    /// Where the node starts: the opening quote, bracket or first character of a scalar.
    public var position: SourcePosition {
        get {
            switch storage {
            case .box(let box): box.position.unpacked
            case .arena(let arena, let index): arena.nodes[Int(index)].position.unpacked
            }
        }
        set { update { $0.position = newValue } }
    }

    /// For a string whose characters map one to one onto source columns (single line, no
    /// escapes), the position of its first character; `nil` otherwise. Expression checkers use
    /// it to point inside the string.
    public var contentStart: SourcePosition? {
        get {
            switch storage {
            case .box(let box): return box.contentStart.unpackedIfSet
            case .arena(let arena, let index):
                let record = arena.nodes[Int(index)]
                if record.contentStart == .explicit { return arena.contentStarts[index]?.unpackedIfSet }
                return record.contentStartPosition.unpackedIfSet
            }
        }
        set { update { $0.contentStart = newValue } }
    }

    /// A YAML tag written on the node (`!Sub`, `!GetAtt`), without normalisation.
    public var tag: String? {
        get {
            switch storage {
            case .box(let box): box.tag
            case .arena(let arena, let index): arena.tags.isEmpty ? nil : arena.tags[index]
            }
        }
        set { update { $0.tag = newValue } }
    }

    /// Nodes are rarely changed after reading (a YAML tag, positions mapped back into a
    /// template), so a change always makes a new box: with constant fields, reads need no
    /// exclusivity checks.
    private mutating func update(_ change: (inout NodeFields) -> Void) {
        var fields = NodeFields(value: value, position: position, contentStart: contentStart, tag: tag)
        change(&fields)
        storage = .box(
            NodeBox(value: fields.value, position: fields.position, contentStart: fields.contentStart, tag: fields.tag))
    }

    /// Whether both are the same stored node (not merely equal): a cheap test of "unchanged"
    /// for code that rebuilds a tree.
    package func isSameStorage(as other: LocatedNode) -> Bool {
        switch (storage, other.storage) {
        case (.box(let l), .box(let r)): l === r
        case (.arena(let l, let i), .arena(let r, let j)): l === r && i == j
        default: false
        }
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

/// The storage of a node made by code, never mutated.
final class NodeBox: Sendable {
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
        case .number: return .number(NumberLiteral(text: scalars[Int(record.first)]))
        case .string: return .string(scalars[Int(record.first)])
        case .array: return .array(LocatedNode.Elements(arena: self, first: record.first, count: record.count))
        case .object: return .object(LocatedNode.Members(arena: self, first: record.first, count: record.count))
        }
    }
}
