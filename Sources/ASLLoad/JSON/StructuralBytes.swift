/// Counts the bytes `[`, `,` and `:` of a text, sixteen at a time.
enum StructuralBytes {
    static func count(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return 0 }
        var total = 0
        var offset = 0
        let ones = SIMD16<UInt8>(repeating: 1)
        let zero = SIMD16<UInt8>(repeating: 0)
        // Lanes count to at most 255 before they are added up.
        while offset + 16 <= bytes.count {
            var lanes = zero
            let end = min(bytes.count - 15, offset + 16 * 255)
            while offset < end {
                let chunk = base.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
                let hit = (chunk .== SIMD16(repeating: UInt8(ascii: "["))) .| (chunk .== SIMD16(repeating: UInt8(ascii: ",")))
                    .| (chunk .== SIMD16(repeating: UInt8(ascii: ":")))
                lanes &+= zero.replacing(with: ones, where: hit)
                offset += 16
            }
            total += lanes.indices.reduce(0) { $0 + Int(lanes[$1]) }
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":") { total += 1 }
            offset += 1
        }
        return total
    }
}
