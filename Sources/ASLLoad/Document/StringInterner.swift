/// The long string values of one document, each made once: an ASL document repeats its
/// resource ARNs and error names on every state (a 50,000-Task chain made 8 MB of copies of
/// 17 ARNs and two error names). Strings of 15 bytes or fewer live inside the `String` value and
/// are not worth a look-up.
///
/// Best effort by design: a look-up probes at most `probeLimit` slots and, past them, makes a
/// fresh string without keeping it, so that a look-up costs a bounded number of comparisons
/// whatever the values (the hash is seeded per process as well, see `KeyTable.hash`).
struct StringInterner {
    static let minimumLength = 16
    static let probeLimit = 16

    private var strings: [String] = []
    /// `index + 1` of the string in each slot, 0 for none; the count is a power of two, at most
    /// half full.
    private var slots = [UInt32](repeating: 0, count: 256)
    /// `index + 1` of the string last found in each slot, 0 for none: a direct-mapped cache in
    /// front of the hashed slots, as `KeyTable` has, indexed by the length and the last two
    /// bytes (where ARNs differ). A miss costs one comparison more, never a chain.
    private var recent = [UInt32](repeating: 0, count: Self.recentCount)
    private static let recentCount = 64

    /// The string spelled by `bytes`, which must be valid UTF-8.
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count >= Self.minimumLength else { return String(decoding: bytes, as: UTF8.self) }
        let cacheSlot = Self.recentSlot(bytes)
        let cached = Int(recent[cacheSlot])
        if cached != 0, cached <= strings.count, strings[cached - 1].spells(bytes) { return strings[cached - 1] }
        let (string, index) = hashedString(bytes)
        recent[cacheSlot] = index.map { UInt32($0 + 1) } ?? 0
        return string
    }

    private static func recentSlot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        let mixed = count &* 0x9E37 ^ Int(bytes[count - 1]) &* 0x1F3 ^ Int(bytes[count - 2]) &* 0x61
        return (mixed ^ mixed >> 6) & (recentCount - 1)
    }

    /// The string and its index in `strings` when kept.
    private mutating func hashedString(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, Int?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: KeyTable.hash(bytes)) & mask
        for _ in 0..<Self.probeLimit {
            guard slots[slot] != 0 else {
                let made = String(decoding: bytes, as: UTF8.self)
                strings.append(made)
                slots[slot] = UInt32(strings.count)
                if strings.count * 2 > slots.count {
                    grow()
                    return (made, nil)
                }
                return (made, strings.count - 1)
            }
            let index = Int(slots[slot]) - 1
            if strings[index].spells(bytes) { return (strings[index], index) }
            slot = (slot + 1) & mask
        }
        return (String(decoding: bytes, as: UTF8.self), nil)
    }

    /// Twice the slots. A string whose probe run no longer fits the limit is dropped from the
    /// table (it stays in the document): later copies of it are then made afresh.
    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        var kept: [String] = []
        kept.reserveCapacity(strings.count)
        for string in strings {
            var copy = string
            var slot = copy.withUTF8 { Int(truncatingIfNeeded: KeyTable.hash($0)) } & mask
            var probes = 1
            while slots[slot] != 0 && probes < Self.probeLimit {
                slot = (slot + 1) & mask
                probes += 1
            }
            guard slots[slot] == 0 else { continue }
            kept.append(string)
            slots[slot] = UInt32(kept.count)
        }
        strings = kept
        recent = [UInt32](repeating: 0, count: Self.recentCount)
    }
}
