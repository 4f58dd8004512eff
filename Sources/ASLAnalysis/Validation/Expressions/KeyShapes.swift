/// The (first byte, UTF-8 length) pairs of a set of ASCII keys. A key whose pair is not among
/// them equals none of the keys, which is known without comparing strings; a key that starts
/// with a non-ASCII byte is always admitted, so the caller's comparisons decide it.
struct KeyShapes: Sendable {
    /// For each ASCII first byte, one bit per length (lengths of 63 and more share the last).
    private var lengths = [UInt64](repeating: 0, count: 128)

    init(_ keys: [String]) {
        for key in keys {
            guard let first = key.utf8.first, first < 128 else { continue }
            lengths[Int(first)] |= Self.bit(key.utf8.count)
        }
    }

    func admits(_ key: String) -> Bool {
        guard let first = key.utf8.first else { return false }
        guard first < 128 else { return true }
        return lengths[Int(first)] & Self.bit(key.utf8.count) != 0
    }

    private static func bit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }
}
