/// Tests on eight bytes at once (SWAR: one 64-bit word holds bytes `i...i+7`, the first in the
/// lowest byte). Each test sets the high bit of a byte's lane when the byte matches; a lane
/// above a matching one may be set wrongly (a borrow moves up), so only the lowest set lane is
/// exact, which is all a scan for the first match needs.
enum ByteWords {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// Eight spaces.
    static let spaces: UInt64 = 0x2020_2020_2020_2020

    /// The word of `base[index..<index+8]`, first byte lowest.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    }

    @inline(__always)
    static func loadHalf(_ base: UnsafePointer<UInt8>, at index: Int) -> UInt32 {
        UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self)
    }

    /// Lanes holding a zero byte (exact when the word has any: nonzero iff a byte is 0).
    @inline(__always)
    static func zeroLanes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highBits }

    /// Lanes holding `byte`.
    @inline(__always)
    static func lanes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 { zeroLanes(word ^ (ones &* UInt64(byte))) }

    /// Lanes holding a byte below `bound` (at most 0x80).
    @inline(__always)
    static func lanes(_ word: UInt64, below bound: UInt8) -> UInt64 { (word &- ones &* UInt64(bound)) & ~word & highBits }

    /// The index within the word of the lowest set lane (`lanes` nonzero).
    @inline(__always)
    static func firstLane(_ lanes: UInt64) -> Int { lanes.trailingZeroBitCount >> 3 }

    /// Whether `a[0..<count]` and `b[0..<count]` are the same bytes.
    @inline(__always)
    static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, count: Int) -> Bool {
        var index = 0
        while index + 8 <= count {
            if load(a, at: index) != load(b, at: index) { return false }
            index += 8
        }
        if index + 4 <= count {
            if loadHalf(a, at: index) != loadHalf(b, at: index) { return false }
            index += 4
        }
        while index < count {
            if a[index] != b[index] { return false }
            index += 1
        }
        return true
    }
}
