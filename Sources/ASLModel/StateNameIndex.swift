/// State positions by name for one scope: an open-addressing hash table of 32-bit positions
/// that compares names against the states themselves, so it holds no copy of any name. A
/// `[String: Int]` for a 50,000-state scope took 3.2 MB (a key and a value per slot); this
/// takes 0.5 MB. The first state of a name wins, as `firstIndex(where:)` would find it.
package struct StateNameIndex: Hashable, Sendable {
    /// Position + 1 of a state, or 0 for an empty slot; the count is a power of two, at least
    /// twice the number of states, so probes stay short.
    private let slots: [Int32]

    /// - Complexity: O(n) expected.
    package init(_ states: [State]) {
        var capacity = 1
        while capacity < states.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        // By index: a copy of each state counted a reference.
        for position in states.indices {
            let name = states[position].name
            var slot = name.hashValue & mask
            while slots[slot] != 0, states[Int(slots[slot]) - 1].name != name {
                slot = (slot + 1) & mask
            }
            if slots[slot] == 0 { slots[slot] = Int32(position + 1) }
        }
        self.slots = slots
    }

    /// The position of the first state named `name` in `states` (the array it was built from).
    package func position(of name: String, in states: [State]) -> Int? {
        let mask = slots.count - 1
        var slot = name.hashValue & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if states[position].name == name { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
