/// The distinct member keys of one document, each found again from its UTF-8 bytes without
/// making a `String` (an ASL document repeats a few dozen keys thousands of times).
///
/// Written here rather than a `[String: UInt32]`: that would need a `String` per key read,
/// hashed and compared as Unicode text (by canonical equivalence), where JSON keys compare by
/// their characters as written; open addressing over a hash of the bytes needs neither.
struct KeyTable {
    private(set) var keys: [String] = []
    /// The bytes of every key, one after another: key `id` is
    /// `spellings[spellingStarts[id]..<spellingStarts[id + 1]]`.
    private var spellings: [UInt8] = []
    private var spellingStarts: [Int] = [0]
    /// Each key's hash, kept so that growing the slots hashes nothing again.
    private var hashes: [Int] = []
    /// `id + 1` of the key in each slot, 0 for none; the count is a power of two, at most half
    /// full.
    private var slots = [UInt32](repeating: 0, count: 64)
    /// `id + 1` of the key last found in each slot, 0 for none: a direct-mapped cache in front
    /// of the hashed slots, indexed by the length and the first and last bytes. Most keys read
    /// are the few dozen ASL field names, found here with one comparison and no hashing (the
    /// seeded hash was ~5% of `validate`). Keys chosen to share a cache slot only make each
    /// look-up miss: one comparison more than the hashed table alone, never a chain.
    private var recent = [UInt32](repeating: 0, count: Self.recentCount)
    private static let recentCount = 256

    /// The id of the key spelled by `bytes`, adding it when new.
    mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let cacheSlot = Self.recentSlot(bytes)
        let cached = recent[cacheSlot]
        if cached != 0, spelling(of: cached - 1, is: bytes) { return cached - 1 }
        let id = hashedID(of: bytes)
        recent[cacheSlot] = id + 1
        return id
    }

    mutating func id(of key: String) -> UInt32 {
        var key = key
        return key.withUTF8 { id(of: $0) }
    }

    private mutating func hashedID(of bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let mask = slots.count - 1
        let hash = Self.hash(bytes)
        var slot = hash & mask
        while slots[slot] != 0 {
            let id = slots[slot] - 1
            if spelling(of: id, is: bytes) { return id }
            slot = (slot + 1) & mask
        }
        keys.append(String(decoding: bytes, as: UTF8.self))
        spellings.append(contentsOf: bytes)
        spellingStarts.append(spellings.count)
        hashes.append(hash)
        let id = UInt32(keys.count - 1)
        slots[slot] = id + 1
        if keys.count * 2 > slots.count { grow() }
        return id
    }

    private func spelling(of id: UInt32, is bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = spellingStarts[Int(id)]
        guard spellingStarts[Int(id) + 1] - start == bytes.count else { return false }
        guard let other = bytes.baseAddress else { return true }
        return spellings.withUnsafeBufferPointer { ByteWords.equal($0.baseAddress! + start, other, count: bytes.count) }
    }

    private static func recentSlot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let last = bytes.last else { return 0 }
        let mixed = bytes.count &* 0x9E37 ^ Int(bytes[0]) &* 0x1F3 ^ Int(last) &* 0x61
        return (mixed ^ mixed >> 8) & (recentCount - 1)
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = hash & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(index) + 1
        }
    }

    /// SipHash with the process's random seed (Swift's `Hasher`, as `Dictionary` uses), not a
    /// fixed function: whoever writes the file chooses the keys, and under a fixed hash such as
    /// FNV-1a they can be made to share a slot on purpose (32,768 such keys, 2.1 MB, took
    /// 5.2 s instead of 0.07 s, and it grows with the square of the count).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }
}
