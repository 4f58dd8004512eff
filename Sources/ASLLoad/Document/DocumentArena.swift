import ASLSource

/// The nodes of one parsed JSON document, stored flat: one 16-byte record per node, one 16-byte
/// record per object member, at most one index per array element, and interned keys. A reader fills it
/// through `DocumentArenaBuilder`; `LocatedNode` values are views into it (the arena and an
/// index), so a document costs tens of bytes per node instead of a heap object per node and
/// an array per container (issue #12: a 57 MB definition of small objects peaked at 35× its
/// size with one box per node).
///
/// Immutable once built, so views can be shared across threads.
final class DocumentArena: NodeStorage, @unchecked Sendable {
    let nodes: [NodeRecord]
    let members: [StoredMember]
    /// Array elements: node indices, each array's in one contiguous run (for an array whose
    /// elements are evenly spaced nodes, the first and the spacing, or nothing when they are
    /// consecutive).
    let elements: [UInt32]
    /// String contents and number texts.
    let scalars: [String]
    /// Member keys, each distinct spelling once.
    let keys: [String]
    /// Where a string's characters start when that is not derivable from its record.
    let contentStarts: [UInt32: PackedPosition]
    /// YAML tags written on nodes; JSON has none.
    let tags: [UInt32: String]
    /// Where a member's key is written when that is too far from its value to be stored in
    /// the member (`StoredMember.keyPlace`), by member index.
    let farKeyPositions: [UInt32: PackedPosition]

    init(
        nodes: [NodeRecord], members: [StoredMember], elements: [UInt32], scalars: [String], keys: [String],
        contentStarts: [UInt32: PackedPosition], tags: [UInt32: String], farKeyPositions: [UInt32: PackedPosition]
    ) {
        self.nodes = nodes
        self.members = members
        self.elements = elements
        self.scalars = scalars
        self.keys = keys
        self.contentStarts = contentStarts
        self.tags = tags
        self.farKeyPositions = farKeyPositions
    }

    /// Where the key of member `index` (of `members`) is written.
    func keyPosition(ofMember index: Int) -> PackedPosition {
        let member = members[index]
        return StoredMember.keyPosition(place: member.keyPlace, value: nodes[Int(member.value)].position)
            ?? farKeyPositions[UInt32(index)] ?? .none
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
        var farKeys: [UInt32: PackedPosition] = [:]
        let members = self.members.indices.map { index in
            let member = self.members[index]
            let keyPosition = map(self.keyPosition(ofMember: index))
            return StoredMember(
                key: member.key, value: member.value, keyPosition: keyPosition, valuePosition: nodes[Int(member.value)].position,
                index: UInt32(index), far: &farKeys)
        }
        return DocumentArena(
            nodes: nodes, members: members, elements: elements, scalars: scalars, keys: keys,
            contentStarts: explicitStarts, tags: tags, farKeyPositions: farKeys)
    }
}

/// What kind of value a node record holds; its `first`/`count` fields mean different things
/// for each.
enum NodeKind: UInt8 {
    /// `first`, `count` unused.
    case null
    /// `first` is 0 or 1.
    case bool
    /// The literal in `first` and `count` (`NodeRecord.inlineText`), or, when `count` is
    /// zero, at `first` in `scalars`.
    case number
    /// The text in `first` and `count` (`NodeRecord.inlineText`), or, when `count` is zero,
    /// at `first` in `scalars`.
    case string
    /// `first` indexes `elements`, `count` of them (or names a run of evenly spaced nodes:
    /// `NodeRecord.consecutive`, `NodeRecord.strided`).
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

/// One node in 16 bytes: `first` and `count` (whose meaning depends on `kind`), the line, and
/// the column with the kind and the content-start form in its top bits. Columns fit in 27
/// bits: a file is at most 64 MiB (`FileContents.maximumBytes`), and a column past that would
/// be saturated, not wrapped. (20 bytes with the two enums as fields: a file of `[0,0,…]`
/// peaked at 23× its size.)
struct NodeRecord: Sendable {
    var first: UInt32
    var count: UInt32
    private var line: Int32
    private var columnKindAndForm: UInt32

    private static let columnBits: UInt32 = 27
    private static let columnMask: UInt32 = 1 << columnBits - 1
    private static let formShift: UInt32 = columnBits
    private static let kindShift: UInt32 = columnBits + 2

    init(first: UInt32, count: UInt32, position: PackedPosition, kind: NodeKind, contentStart: ContentStartForm) {
        self.first = first
        self.count = count
        line = position.line
        columnKindAndForm = UInt32(kind.rawValue) << Self.kindShift | UInt32(contentStart.rawValue) << Self.formShift
            | Self.packedColumn(position.column)
    }

    var position: PackedPosition {
        get { PackedPosition(line: line, column: Int32(columnKindAndForm & Self.columnMask)) }
        set {
            line = newValue.line
            columnKindAndForm = columnKindAndForm & ~Self.columnMask | Self.packedColumn(newValue.column)
        }
    }

    var kind: NodeKind {
        // Only ever stored from a `NodeKind`.
        NodeKind(rawValue: UInt8(truncatingIfNeeded: columnKindAndForm >> Self.kindShift))!
    }

    var contentStart: ContentStartForm {
        get { ContentStartForm(rawValue: UInt8(truncatingIfNeeded: columnKindAndForm >> Self.formShift & 3))! }
        set { columnKindAndForm = columnKindAndForm & ~(3 << Self.formShift) | UInt32(newValue.rawValue) << Self.formShift }
    }

    private static func packedColumn(_ column: Int32) -> UInt32 { min(UInt32(clamping: column), columnMask) }

    /// The start the form implies, for the forms that need no table.
    var contentStartPosition: PackedPosition {
        switch contentStart {
        case .afterFirstCharacter: PackedPosition(line: position.line, column: position.column &+ 1)
        case .atPosition: position
        case .none, .explicit: .none
        }
    }
}

extension NodeRecord {
    /// In `first` of an array: the elements are the nodes from `first & ~consecutive` on, not
    /// a run of `elements`. Node indices stay below it (a 64 MiB file has fewer nodes).
    static let consecutive: UInt32 = 1 << 31
    /// In `first` of an array: the elements are evenly spaced nodes (`[[0], [0], …]`, a list
    /// of same-shaped objects), whose first node and spacing are the two entries of
    /// `elements` from `first & ~strided` on.
    static let strided: UInt32 = 1 << 30

    /// The first child and the spacing when `children` are evenly spaced nodes (at least two
    /// apart when more than one); `nil` otherwise.
    static func evenSpacing(of children: some Collection<UInt32>) -> (start: UInt32, stride: UInt32)? {
        guard let start = children.first, start < strided else { return nil }
        var iterator = children.makeIterator()
        _ = iterator.next()
        guard let second = iterator.next() else { return (start, 1) }
        guard second > start else { return nil }
        let stride = second - start
        var expected = second
        while let child = iterator.next() {
            let (next, overflow) = expected.addingReportingOverflow(stride)
            guard !overflow, child == next else { return nil }
            expected = next
        }
        return expected < strided ? (start, stride) : nil
    }

    /// `first` and `count` for a number literal or a string of one to seven UTF-8 bytes: the
    /// bytes, and the length in the top byte of `count` (never zero, which marks a text in
    /// `scalars`). Most names, types and paths of a state fit: a 16-byte slot per string was
    /// a tenth of a dense machine's document.
    static func inlineText(_ text: String) -> (first: UInt32, count: UInt32)? {
        guard (1...7).contains(text.utf8.count) else { return nil }
        var text = text
        return text.withUTF8 { bytes in
            var packed: UInt64 = 0
            withUnsafeMutableBytes(of: &packed) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
            packed = UInt64(littleEndian: packed) | UInt64(bytes.count) << 56
            return (UInt32(truncatingIfNeeded: packed), UInt32(truncatingIfNeeded: packed >> 32))
        }
    }

    /// The text of an inline number literal or string; `nil` for one kept in `scalars`.
    var inlineText: String? {
        let length = Int(count >> 24)
        guard length > 0 else { return nil }
        let packed = (UInt64(count) << 32 | UInt64(first)).littleEndian
        return withUnsafeBytes(of: packed) { String(decoding: $0[..<length], as: UTF8.self) }
    }
}

extension DocumentArena {
    /// The literal text of a number node.
    func numberText(_ record: NodeRecord) -> String { record.inlineText ?? scalars[Int(record.first)] }

    /// The text of a string node's record.
    func stringText(_ record: NodeRecord) -> String { record.inlineText ?? scalars[Int(record.first)] }

    /// The node index of element `position` of an array whose record's `first` is `first`.
    func element(_ position: Int, first: UInt32) -> UInt32 {
        if first & NodeRecord.consecutive != 0 { return first & ~NodeRecord.consecutive + UInt32(position) }
        if first & NodeRecord.strided != 0 {
            let entry = Int(first & ~NodeRecord.strided)
            return elements[entry] + UInt32(position) * elements[entry + 1]
        }
        return elements[Int(first) + position]
    }
}

/// One object member as a reader hands it over: its key (an index into `keys`), where the key
/// is written, and its value.
struct MemberRecord: Sendable {
    var key: UInt32
    var keyPosition: PackedPosition
    var value: UInt32
}

/// One object member as the arena keeps it, in 12 bytes: the key's position is stored
/// relative to its value's, which is nearly always on the same line a few columns on (a
/// 16-byte member with the position in full was a third of a dense machine's document).
struct StoredMember: Sendable {
    var key: UInt32
    var value: UInt32
    /// With the top bit clear, the key is on its value's line, this many columns before it;
    /// with it set, `lineDelta` lines before it (bits 24–30, at most `maximumLineDelta`) at
    /// the column in the low 24 bits. `far` (all ones): in the arena's `farKeyPositions`.
    var keyPlace: UInt32

    static let far = UInt32.max
    private static let otherLine: UInt32 = 1 << 31
    private static let columnMask: UInt32 = 1 << 24 - 1
    private static let maximumLineDelta: Int32 = 126

    /// The member with `keyPosition` stored against `valuePosition`, or, when it cannot be,
    /// recorded in `far` under `index`.
    init(
        key: UInt32, value: UInt32, keyPosition: PackedPosition, valuePosition: PackedPosition, index: UInt32,
        far: inout [UInt32: PackedPosition]
    ) {
        self.key = key
        self.value = value
        if let place = Self.place(of: keyPosition, before: valuePosition),
            Self.keyPosition(place: place, value: valuePosition) == keyPosition
        {
            keyPlace = place
        } else {
            keyPlace = Self.far
            far[index] = keyPosition
        }
    }

    private static func place(of key: PackedPosition, before value: PackedPosition) -> UInt32? {
        let lines = Int64(value.line) - Int64(key.line)
        if lines == 0 {
            let columns = Int64(value.column) - Int64(key.column)
            return (0..<Int64(otherLine)).contains(columns) ? UInt32(columns) : nil
        }
        guard (1...Int64(maximumLineDelta)).contains(lines), (0...Int64(columnMask)).contains(Int64(key.column)) else { return nil }
        return otherLine | UInt32(lines) << 24 | UInt32(key.column)
    }

    /// The key's position from `place` and the value's position; `nil` for `far`.
    static func keyPosition(place: UInt32, value: PackedPosition) -> PackedPosition? {
        if place == far { return nil }
        if place & otherLine == 0 { return PackedPosition(line: value.line, column: value.column &- Int32(place)) }
        let lines = Int32((place & ~otherLine) >> 24)
        return PackedPosition(line: value.line &- lines, column: Int32(place & columnMask))
    }
}
