/// Where each key of an object still being read was first written, so that a reader can tell
/// a repeated key: a linear search of the object's members while it has few, a dictionary
/// once it has more than 16 (a large object would otherwise make reading quadratic).
///
/// The object's members so far are `members[start...]` of the reader's pending stack, passed
/// as the array and the start rather than a slice: a slice counts a reference to the array,
/// once per member read (2% of reading a 1 MB definition).
struct OpenObjectKeys {
    private var index: [UInt32: PackedPosition]?

    /// Where `key` was first written among `members[start...]`, if it was.
    func firstPosition(of key: UInt32, in members: [MemberRecord], from start: Int) -> PackedPosition? {
        if let index { return index[key] }
        var position = start
        while position < members.count {
            if members[position].key == key { return members[position].keyPosition }
            position += 1
        }
        return nil
    }

    /// Takes note of the member just appended as the last of `members[start...]`.
    mutating func added(_ member: MemberRecord, in members: [MemberRecord], from start: Int) {
        if index != nil {
            index![member.key] = member.keyPosition
        } else if members.count - start > 16 {
            index = Dictionary(members[start...].map { ($0.key, $0.keyPosition) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
