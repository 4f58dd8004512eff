/// Counts the bytes `[`, `,` and `:` of a text: one table look-up and one add per byte.
enum StructuralBytes {
    static func count(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { table in
            table.initialize(repeating: 0)
            table[Int(UInt8(ascii: "["))] = 1
            table[Int(UInt8(ascii: ","))] = 1
            table[Int(UInt8(ascii: ":"))] = 1
            var total = 0
            for byte in bytes { total &+= Int(table[Int(byte)]) }
            return total
        }
    }
}
