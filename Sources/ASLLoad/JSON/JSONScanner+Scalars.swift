import ASLSource

extension JSONScanner {
    /// Reads a number per RFC 8259 and returns its literal text, unchanged, so that values no
    /// machine type holds (`1e999999`, 400-digit integers) survive.
    /// - Complexity: O(length of the literal).
    mutating func scanNumber() throws(JSONFailure) -> String {
        let start = offset
        if current == UInt8(ascii: "-") { offset += 1 }
        guard let first = current, isDigit(first) else { throw syntaxError(expected: "a digit") }
        offset += 1
        if first == UInt8(ascii: "0") {
            if let next = current, isDigit(next) {
                throw syntaxError(expected: "'.', 'e' or the end of the number (no leading zeros)")
            }
        } else {
            skipDigits()
        }
        if current == UInt8(ascii: ".") {
            offset += 1
            try requireDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            try requireDigits()
        }
        return string(from: start, to: offset)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private mutating func skipDigits() {
        while let byte = current, isDigit(byte) { offset += 1 }
    }

    private mutating func requireDigits() throws(JSONFailure) {
        guard let byte = current, isDigit(byte) else { throw syntaxError(expected: "a digit") }
        skipDigits()
    }

    /// Consumes `literal` (`true`, `false`, `null`) at the current offset.
    mutating func scanLiteral(_ literal: StaticString) throws(JSONFailure) {
        let count = literal.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for index in 0..<count where offset + index >= bytes.count || bytes[offset + index] != expected[index] {
            offset += index
            throw syntaxError(expected: "'\(literal)'")
        }
        offset += count
    }
}
