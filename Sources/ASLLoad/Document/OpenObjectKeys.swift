/// Where each key of an object still being read was first written, so that a reader can tell
/// a repeated key: a linear search of the object's members while it has few, a look-up by key
/// id once it has more than 16 (a large object would otherwise make reading quadratic).
///
/// The object's members so far are `members[start...]` of the reader's pending stack, passed
/// as the array and the start rather than a slice: a slice counts a reference to the array,
/// once per member read (2% of reading a 1 MB definition). The look-up table is the reader's,
/// `LargeObjectKeys`, so that this value holds no reference and its frame copies for free.
struct OpenObjectKeys {
    /// Where this object's entries start in the table's undo log; -1 while it is small.
    private var undoMark = -1

    /// Where `key` was first written among `members[start...]`, if it was.
    func firstPosition(
        of key: UInt32, in members: [MemberRecord], from start: Int, indexes: LargeObjectKeys
    ) -> PackedPosition? {
        if undoMark >= 0 { return indexes.firstPosition(of: key, in: members, from: start) }
        var position = start
        while position < members.count {
            if members[position].key == key { return members[position].keyPosition }
            position += 1
        }
        return nil
    }

    /// Takes note of the member just appended as the last of `members[start...]`.
    mutating func added(
        _ member: MemberRecord, in members: [MemberRecord], from start: Int, indexes: inout LargeObjectKeys
    ) {
        if undoMark >= 0 {
            indexes.note(member.key, at: members.count - 1)
        } else if members.count - start > 16 {
            undoMark = indexes.undoCount
            for index in start..<members.count { indexes.note(members[index].key, at: index) }
        }
    }

    /// The object closed: the table forgets its members.
    func closed(indexes: inout LargeObjectKeys) {
        if undoMark >= 0 { indexes.undo(to: undoMark) }
    }
}

/// For each key id, where on the reader's pending stack of members the key was last noted by
/// a large open object. Objects close innermost first, so an object that notes a key over an
/// enclosing one's entry logs the old entry and puts it back when it closes. An entry is only
/// believed after checking that the member it names is the current object's and has the key,
/// so entries left by objects long closed do no harm. Ids are dense (the document's key
/// table hands them out in order), so the table is an array: no hash for anyone to aim at.
struct LargeObjectKeys {
    private static let none = UInt32.max
    private var entries: [UInt32] = []
    private var undoLog: [(key: UInt32, entry: UInt32)] = []

    var undoCount: Int { undoLog.count }

    func firstPosition(of key: UInt32, in members: [MemberRecord], from start: Int) -> PackedPosition? {
        guard Int(key) < entries.count else { return nil }
        let entry = entries[Int(key)]
        guard entry != Self.none else { return nil }
        let index = Int(entry)
        guard index >= start, index < members.count, members[index].key == key else { return nil }
        return members[index].keyPosition
    }

    mutating func note(_ key: UInt32, at index: Int) {
        if Int(key) >= entries.count {
            entries.append(contentsOf: repeatElement(Self.none, count: Int(key) + 1 - entries.count))
        }
        undoLog.append((key, entries[Int(key)]))
        entries[Int(key)] = UInt32(truncatingIfNeeded: index)
    }

    mutating func undo(to mark: Int) {
        while undoLog.count > mark {
            let (key, entry) = undoLog.removeLast()
            entries[Int(key)] = entry
        }
    }
}
