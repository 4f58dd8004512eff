/// The distinct member keys of one document, each found again from its UTF-8 bytes without
/// making a `String` (an ASL document repeats a few dozen keys thousands of times).
///
/// Written here rather than a `[String: UInt32]`: that would need a `String` per key read,
/// hashed and compared as Unicode text (by canonical equivalence), where JSON keys compare by
/// their characters as written; open addressing over a hash of the bytes needs neither.
struct KeyTable {
    private(set) var keys: [String] = []
    /// `id + 1` of the key in each slot, 0 for none; the count is a power of two, at most half
    /// full.
    private var slots = [UInt32](repeating: 0, count: 64)

    /// The id of the key spelled by `bytes`, adding it when new.
    mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
        while slots[slot] != 0 {
            let id = slots[slot] - 1
            if keys[Int(id)].spells(bytes) { return id }
            slot = (slot + 1) & mask
        }
        keys.append(String(decoding: bytes, as: UTF8.self))
        let id = UInt32(keys.count - 1)
        slots[slot] = id + 1
        if keys.count * 2 > slots.count { grow() }
        return id
    }

    mutating func id(of key: String) -> UInt32 {
        var key = key
        return key.withUTF8 { id(of: $0) }
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, key) in keys.enumerated() {
            var copy = key
            var slot = copy.withUTF8 { Int(truncatingIfNeeded: Self.hash($0)) } & mask
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
