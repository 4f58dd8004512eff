/// Where each key of an object still being read was first written, so that a reader can tell
/// a repeated key: a linear search of the object's members while it has few, a dictionary
/// once it has more than 16 (a large object would otherwise make reading quadratic).
///
/// The object's members so far are `members[start...]` of the reader's pending stack, passed
/// as the array and the start rather than a slice: a slice counts a reference to the array,
/// once per member read (2% of reading a 1 MB definition). The dictionaries live on the
/// reader's own stack, `indexes`, so that this value holds no reference and its frame copies
/// for free: objects close innermost first, so an object's dictionary is always the last.
struct OpenObjectKeys {
    /// Where this object's dictionary is in `indexes`; -1 while it has none.
    private var level = -1

    /// Where `key` was first written among `members[start...]`, if it was.
    func firstPosition(
        of key: UInt32, in members: [MemberRecord], from start: Int, indexes: [[UInt32: PackedPosition]]
    ) -> PackedPosition? {
        if level >= 0 { return indexes[level][key] }
        var position = start
        while position < members.count {
            if members[position].key == key { return members[position].keyPosition }
            position += 1
        }
        return nil
    }

    /// Takes note of the member just appended as the last of `members[start...]`.
    mutating func added(
        _ member: MemberRecord, in members: [MemberRecord], from start: Int, indexes: inout [[UInt32: PackedPosition]]
    ) {
        if level >= 0 {
            indexes[level][member.key] = member.keyPosition
        } else if members.count - start > 16 {
            level = indexes.count
            indexes.append(
                Dictionary(members[start...].map { ($0.key, $0.keyPosition) }, uniquingKeysWith: { first, _ in first }))
        }
    }

    /// The object closed: its dictionary, if it had one, is dropped.
    func closed(indexes: inout [[UInt32: PackedPosition]]) {
        if level >= 0 { indexes.removeLast() }
    }
}
