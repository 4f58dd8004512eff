/// Counts the bytes `[`, `,` and `:` of a text, and its 0 bytes, in one pass: one table
/// look-up and one add per byte (the two counts share the sum, 0 bytes in its high half).
enum StructuralBytes {
    struct Census {
        let separators: Int
        let hasZeroByte: Bool
    }

    static func census(in bytes: UnsafeBufferPointer<UInt8>) -> Census {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 256) { table in
            table.initialize(repeating: 0)
            table[Int(UInt8(ascii: "["))] = 1
            table[Int(UInt8(ascii: ","))] = 1
            table[Int(UInt8(ascii: ":"))] = 1
            table[0] = 1 << 32
            // A text is at most `FileContents.maximumBytes` (2^26) bytes: neither half overflows
            // (and a zero byte that did would still leave the high half nonzero).
            var total: UInt64 = 0
            for byte in bytes { total &+= table[Int(byte)] }
            return Census(separators: Int(total & 0xFFFF_FFFF), hasZeroByte: total >> 32 != 0)
        }
    }

    static func count(in bytes: UnsafeBufferPointer<UInt8>) -> Int { census(in: bytes).separators }
}
