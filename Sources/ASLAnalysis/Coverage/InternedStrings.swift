/// One shared copy of each string a history repeats (event types, state names, errors), found
/// from the bytes of the document mostly without a `String` or a seeded hash: a 256-entry cache
/// indexed by FNV-1a of the bytes catches the handful of values a history repeats. A miss (a new
/// value, or two values that share an entry) goes to the dictionary as before, so crafted values
/// cost that look-up and a hash of at most 64 bytes; longer values skip the cache (no copy of a
/// huge value is kept twice).
struct InternedStrings {
    private struct Entry {
        var bytes: [UInt8]
        var text: String
    }

    private var recent = [Entry?](repeating: nil, count: 256)
    private var all: [String: String] = [:]

    mutating func string(_ value: JSONPull.StringValue) -> String {
        switch value {
        case .decoded(let text): return shared(text)
        case .plain(let raw) where raw.count > 64: return shared(String(decoding: raw, as: UTF8.self))
        case .plain(let raw):
            let slot = Self.slot(raw)
            if let entry = recent[slot], entry.bytes.withUnsafeBufferPointer({ Self.equal($0, raw) }) { return entry.text }
            let text = shared(String(decoding: raw, as: UTF8.self))
            recent[slot] = Entry(bytes: Array(raw), text: text)
            return text
        }
    }

    mutating func shared(_ text: String) -> String {
        if let known = all[text] { return known }
        all[text] = text
        return text
    }

    /// A plain loop: `elementsEqual` is not specialised here and costs more than the lookup.
    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for i in 0..<a.count where a[i] != b[i] { return false }
        return true
    }

    private static func slot(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in raw { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ hash >> 32) & 255
    }
}
