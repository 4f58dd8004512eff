/// Matches the items of two lists one to one by key, in order, and tells which are left over:
/// a key twice in base and three times in head leaves the third in head. Used for transitions
/// and findings, where a reviewer wants "what is new" without line numbers deciding it.
///
/// One table entry per distinct key, with the keys' own strings: the earlier version joined
/// each key into a new string and kept two tables, 29 MB on two 50,000-state versions with a
/// finding each.
enum OrderedMatching {
    /// Indices, in order, of the base items with no head counterpart and of the head items
    /// with no base counterpart.
    /// - Complexity: O(b + h) hashings of keys.
    static func unmatched<Key: Hashable>(
        baseCount: Int, headCount: Int, baseKey: (Int) -> Key, headKey: (Int) -> Key
    ) -> (base: [Int], head: [Int]) {
        var tallies: [Key: Tally] = [:]
        tallies.reserveCapacity(max(baseCount, headCount))
        for index in 0..<baseCount { tallies[baseKey(index), default: Tally()].base += 1 }
        for index in 0..<headCount { tallies[headKey(index), default: Tally()].head += 1 }
        let head = (0..<headCount).filter { !tallies[headKey($0), default: Tally()].claimHead() }
        let base = (0..<baseCount).filter { !tallies[baseKey($0), default: Tally()].claimBase() }
        return (base, head)
    }

    /// How often a key occurs on each side, and how many of each side were visited so far.
    private struct Tally {
        var base: Int32 = 0
        var head: Int32 = 0
        var baseSeen: Int32 = 0
        var headSeen: Int32 = 0

        /// Whether the next head item of this key has a base counterpart.
        mutating func claimHead() -> Bool {
            defer { headSeen += 1 }
            return headSeen < base
        }

        mutating func claimBase() -> Bool {
            defer { baseSeen += 1 }
            return baseSeen < head
        }
    }
}
