/// Where each key of an object still being read was first written, so that a reader can tell
/// a repeated key: a linear search of the object's members while it has few, a dictionary
/// once it has more than 16 (a large object would otherwise make reading quadratic).
struct OpenObjectKeys {
    private var index: [UInt32: PackedPosition]?

    /// Where `key` was first written among `members` (the object's members so far), if it was.
    func firstPosition(of key: UInt32, among members: ArraySlice<MemberRecord>) -> PackedPosition? {
        if let index { return index[key] }
        return members.first { $0.key == key }?.keyPosition
    }

    /// Takes note of the member just appended as the last of `members`.
    mutating func added(_ member: MemberRecord, among members: ArraySlice<MemberRecord>) {
        if index != nil {
            index![member.key] = member.keyPosition
        } else if members.count > 16 {
            index = Dictionary(members.map { ($0.key, $0.keyPosition) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
