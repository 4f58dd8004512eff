import ASLSource

/// Fills a `DocumentArena` bottom-up: scalars first, then each container once its children
/// are known. Readers keep the children of open containers on their own stacks and hand them
/// over when the container closes, so each container's members and elements are contiguous.
struct DocumentArenaBuilder {
    private var nodes: [NodeRecord] = []
    private var members: [StoredMember] = []
    private var farKeyPositions: [UInt32: PackedPosition] = [:]
    private var elements: [UInt32] = []
    private var scalars: [String] = []
    /// Two spellings of one key (canonically equivalent, different characters) stay two
    /// keys, as JSON says.
    private var keys = KeyTable()
    private var contentStarts: [UInt32: PackedPosition] = [:]
    private var tags: [UInt32: String] = [:]

    init() {}

    /// Room for at most `nodes` nodes, `members` members and `elements` elements. Upper bounds
    /// cost address space, not memory: pages never written are never resident, whereas growing
    /// by doubling would keep two copies of the largest array alive while it moves.
    init(reservingNodes nodes: Int, members: Int, elements: Int) {
        self.nodes.reserveCapacity(nodes)
        self.members.reserveCapacity(members)
        self.elements.reserveCapacity(elements)
        scalars.reserveCapacity(nodes)
    }

    mutating func null(at position: SourcePosition) -> UInt32 {
        append(NodeRecord(first: 0, count: 0, position: PackedPosition(position), kind: .null, contentStart: .none))
    }

    mutating func bool(_ value: Bool, at position: SourcePosition) -> UInt32 {
        append(
            NodeRecord(first: value ? 1 : 0, count: 0, position: PackedPosition(position), kind: .bool, contentStart: .none))
    }

    /// A literal of up to seven bytes (nearly every number) is kept in its record, not in
    /// `scalars`: a 16-byte slot per number made `[0,0,…]` cost 20 bytes per input byte.
    mutating func number(_ text: String, at position: SourcePosition) -> UInt32 {
        let (first, count) = scalarSlot(text)
        return append(NodeRecord(first: first, count: count, position: PackedPosition(position), kind: .number, contentStart: .none))
    }

    /// `first` and `count` of a number or string record: the text itself when it is short
    /// (`NodeRecord.inlineText`), else its index in `scalars`.
    private mutating func scalarSlot(_ text: String) -> (first: UInt32, count: UInt32) {
        if let inline = NodeRecord.inlineText(text) { return inline }
        scalars.append(text)
        return (UInt32(scalars.count - 1), 0)
    }

    mutating func string(_ text: String, at position: SourcePosition, contentStart: SourcePosition?) -> UInt32 {
        let (first, count) = scalarSlot(text)
        let packed = PackedPosition(position)
        let form: ContentStartForm
        switch contentStart.map(PackedPosition.init) {
        case nil: form = .none
        case packed?: form = .atPosition
        case PackedPosition(line: packed.line, column: packed.column &+ 1)?: form = .afterFirstCharacter
        default: form = .explicit
        }
        let index = append(NodeRecord(first: first, count: count, position: packed, kind: .string, contentStart: form))
        if form == .explicit, let contentStart { contentStarts[index] = PackedPosition(contentStart) }
        return index
    }

    /// A JSON string read at `position` (its opening quote): without escapes its characters
    /// start one column later, with escapes they do not map onto columns. The same record as
    /// `string(_:at:contentStart:)` makes, without comparing positions.
    mutating func quotedString(_ text: String, at position: SourcePosition, hadEscapes: Bool) -> UInt32 {
        guard position.column < Int(Int32.max) else {
            return string(text, at: position, contentStart: hadEscapes ? nil : position.advanced(by: 1))
        }
        let (first, count) = scalarSlot(text)
        return append(
            NodeRecord(
                first: first, count: count, position: PackedPosition(position), kind: .string,
                contentStart: hadEscapes ? .none : .afterFirstCharacter))
    }

    /// An array whose elements are the nodes `children`, in order. Children that are
    /// consecutive nodes (no child is a container with nodes of its own, as in `[1, 2, "x"]`)
    /// are recorded as a run of nodes, with no element indices (`NodeRecord.consecutive`);
    /// evenly spaced ones (same-shaped containers) as their first node and spacing
    /// (`NodeRecord.strided`), when that is shorter than the list.
    mutating func array(at position: SourcePosition, elements children: some Collection<UInt32>) -> UInt32 {
        var first = UInt32(elements.count)
        switch NodeRecord.evenSpacing(of: children) {
        case let (start, 1)?:
            first = NodeRecord.consecutive | start
        case let (start, stride)? where children.count > 2:
            first |= NodeRecord.strided
            elements.append(start)
            elements.append(stride)
        default:
            // One by one: most containers have a few children, for which the generic
            // `append(contentsOf:)` costs more than the copies.
            for child in children { elements.append(child) }
        }
        return append(
            NodeRecord(
                first: first, count: UInt32(children.count), position: PackedPosition(position), kind: .array,
                contentStart: .none))
    }

    /// An object with `children` as its members, in order (duplicates already removed).
    mutating func object(at position: SourcePosition, members children: some Collection<MemberRecord>) -> UInt32 {
        let first = UInt32(members.count)
        for child in children {
            members.append(
                StoredMember(
                    key: child.key, value: child.value, keyPosition: child.keyPosition,
                    valuePosition: nodes[Int(child.value)].position, index: UInt32(members.count), far: &farKeyPositions))
        }
        return append(
            NodeRecord(
                first: first, count: UInt32(children.count), position: PackedPosition(position), kind: .object,
                contentStart: .none))
    }

    /// The index of `key` in the key table, adding it when new.
    mutating func key(_ text: String) -> UInt32 { keys.id(of: text) }

    /// The index of the key spelled by `bytes` (UTF-8), adding it when new.
    mutating func key(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt32 { keys.id(of: bytes) }

    func keyText(_ index: UInt32) -> String { keys.keys[Int(index)] }

    func nodeRecord(_ node: UInt32) -> NodeRecord { nodes[Int(node)] }

    func scalarText(_ record: NodeRecord) -> String { record.inlineText ?? scalars[Int(record.first)] }

    func explicitContentStart(_ node: UInt32) -> PackedPosition? { contentStarts[node] }

    mutating func setTag(_ tag: String, of node: UInt32) {
        tags[node] = tag
    }

    consuming func finish() -> DocumentArena {
        DocumentArena(
            nodes: nodes, members: members, elements: elements, scalars: scalars, keys: keys.keys,
            contentStarts: contentStarts, tags: tags, farKeyPositions: farKeyPositions)
    }

    private mutating func append(_ record: NodeRecord) -> UInt32 {
        nodes.append(record)
        return UInt32(nodes.count - 1)
    }
}

extension DocumentArenaBuilder {
    func position(of node: UInt32) -> SourcePosition { nodeRecord(node).position.unpacked }

    /// The text of a string node; `nil` for other kinds.
    func stringValue(of node: UInt32) -> String? {
        let record = nodeRecord(node)
        return record.kind == .string ? scalarText(record) : nil
    }

    func contentStart(of node: UInt32) -> SourcePosition? {
        let record = nodeRecord(node)
        if record.contentStart == .explicit { return explicitContentStart(node)?.unpackedIfSet }
        return record.contentStartPosition.unpackedIfSet
    }
}
