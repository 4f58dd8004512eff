/// A set of small integers (interned variable names) as a bit vector: the value the
/// definite-assignment analysis keeps per state.
struct NameSet: Hashable, Sendable {
    private var words: [UInt64]

    init(capacity: Int) { words = [UInt64](repeating: 0, count: (capacity + 63) / 64) }

    init(capacity: Int, members: some Sequence<Int>) {
        self.init(capacity: capacity)
        for m in members { insert(m) }
    }

    func contains(_ id: Int) -> Bool { words[id >> 6] & (1 << UInt64(id & 63)) != 0 }

    mutating func insert(_ id: Int) { words[id >> 6] |= 1 << UInt64(id & 63) }

    /// - Complexity: O(capacity / 64).
    func union(_ other: NameSet) -> NameSet {
        var result = self
        for i in words.indices { result.words[i] |= other.words[i] }
        return result
    }

    /// - Complexity: O(capacity / 64).
    func intersection(_ other: NameSet) -> NameSet {
        var result = self
        for i in words.indices { result.words[i] &= other.words[i] }
        return result
    }
}
