/// Strict UTF-8 checks (no overlong forms, no surrogates, nothing above U+10FFFF).
enum UTF8Validation {
    /// The length of the valid multi-byte sequence starting at `index`, or `nil` when the bytes
    /// there are not well-formed UTF-8. ASCII bytes have length 1.
    static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return nil }
        for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 {
            return nil
        }
        return length
    }

    /// The scalar encoded at `index`, if the bytes there are well-formed.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
        guard let length = sequenceLength(in: bytes, at: index) else { return nil }
        var value = UInt32(length == 1 ? bytes[index] : bytes[index] & (0xFF >> (length + 1)))
        for next in (index + 1)..<(index + length) {
            value = value << 6 | UInt32(bytes[next] & 0x3F)
        }
        return Unicode.Scalar(value)
    }

    /// Appends the UTF-8 encoding of `scalar` to `buffer`.
    static func append(_ scalar: Unicode.Scalar, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: UTF8.encode(scalar)!)
    }
}
