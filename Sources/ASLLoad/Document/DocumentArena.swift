import ASLSource

/// The nodes of one parsed JSON document, stored flat: one 20-byte record per node, one 16-byte
/// record per object member, one index per array element, and interned keys. A reader fills it
/// through `DocumentArenaBuilder`; `LocatedNode` values are views into it (the arena and an
/// index), so a document costs tens of bytes per node instead of a heap object per node and
/// an array per container (issue #12: a 57 MB definition of small objects peaked at 35× its
/// size with one box per node).
///
/// Immutable once built, so views can be shared across threads.
final class DocumentArena: NodeStorage, @unchecked Sendable {
    let nodes: [NodeRecord]
    let members: [MemberRecord]
    /// Array elements: node indices, each array's in one contiguous run.
    let elements: [UInt32]
    /// String contents and number texts.
    let scalars: [String]
    /// Member keys, each distinct spelling once.
    let keys: [String]
    /// Where a string's characters start when that is not derivable from its record.
    let contentStarts: [UInt32: PackedPosition]
    /// YAML tags written on nodes; JSON has none.
    let tags: [UInt32: String]

    init(
        nodes: [NodeRecord], members: [MemberRecord], elements: [UInt32], scalars: [String], keys: [String],
        contentStarts: [UInt32: PackedPosition], tags: [UInt32: String]
    ) {
        self.nodes = nodes
        self.members = members
        self.elements = elements
        self.scalars = scalars
        self.keys = keys
        self.contentStarts = contentStarts
        self.tags = tags
    }

    /// A copy with every position passed through `transform` (a definition read from inside a
    /// template's string, mapped back onto the template).
    func mappingPositions(_ transform: (SourcePosition) -> SourcePosition) -> DocumentArena {
        func map(_ position: PackedPosition) -> PackedPosition { PackedPosition(transform(position.unpacked)) }
        var explicitStarts = contentStarts.mapValues(map)
        let nodes = self.nodes.enumerated().map { index, record in
            var record = record
            let start = record.contentStartPosition
            record.position = map(record.position)
            // A start implied by the position stays implied only where the mapping kept the
            // two apart as before (a shift); elsewhere it is written down.
            if record.contentStart == .afterFirstCharacter || record.contentStart == .atPosition,
                map(start) != record.contentStartPosition
            {
                explicitStarts[UInt32(index)] = map(start)
                record.contentStart = .explicit
            }
            return record
        }
        let members = self.members.map { MemberRecord(key: $0.key, keyPosition: map($0.keyPosition), value: $0.value) }
        return DocumentArena(
            nodes: nodes, members: members, elements: elements, scalars: scalars, keys: keys,
            contentStarts: explicitStarts, tags: tags)
    }
}

/// What kind of value a node record holds; its `first`/`count` fields mean different things
/// for each.
enum NodeKind: UInt8 {
    /// `first`, `count` unused.
    case null
    /// `first` is 0 or 1.
    case bool
    /// `first` indexes `scalars`.
    case number
    /// `first` indexes `scalars`.
    case string
    /// `first` indexes `elements`, `count` of them.
    case array
    /// `first` indexes `members`, `count` of them.
    case object
}

/// How a node's `contentStart` is found.
enum ContentStartForm: UInt8 {
    case none
    /// One column after the node's position (a JSON string without escapes).
    case afterFirstCharacter
    /// At the node's position (a plain YAML scalar).
    case atPosition
    /// In the arena's `contentStarts` table.
    case explicit
}

/// One node. Fields ordered widest first so that the record packs into 20 bytes.
struct NodeRecord: Sendable {
    var first: UInt32
    var count: UInt32
    var position: PackedPosition
    var kind: NodeKind
    var contentStart: ContentStartForm

    /// The start the form implies, for the forms that need no table.
    var contentStartPosition: PackedPosition {
        switch contentStart {
        case .afterFirstCharacter: PackedPosition(line: position.line, column: position.column &+ 1)
        case .atPosition: position
        case .none, .explicit: .none
        }
    }
}

/// One object member: its key (an index into `keys`), where the key is written, and its value.
struct MemberRecord: Sendable {
    var key: UInt32
    var keyPosition: PackedPosition
    var value: UInt32
}
