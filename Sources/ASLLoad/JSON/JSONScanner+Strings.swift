import ASLSource

extension JSONScanner {
    /// Reads the string whose opening quote is at `offset`; returns its value and whether it
    /// contained escapes (then its characters do not map one to one onto source columns).
    ///
    /// Unescaped runs are sliced straight out of the input; a buffer is only built once an
    /// escape appears. A lone surrogate escape (`\ud800` with no partner) cannot be held in a
    /// Swift string; it becomes the private-use scalar U+10F800 + (unit − 0xD800), so that
    /// distinct escapes stay distinct names, as they are for AWS, whose strings are UTF-16.
    /// - Complexity: O(length of the string).
    mutating func scanString() throws(JSONFailure) -> (value: String, hadEscapes: Bool) {
        offset += 1
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x22 {
                let value = string(from: start, to: offset)
                offset += 1
                return (value, false)
            }
            if byte == 0x5C { break }
            try stepOverContentByte(byte)
        }
        guard offset < bytes.count else { throw syntaxError(expected: "'\"' to close the string") }
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x22 {
                offset += 1
                return (String(decoding: buffer, as: UTF8.self), true)
            }
            if byte == 0x5C {
                try scanEscape(into: &buffer)
            } else {
                let runStart = offset
                try stepOverContentByte(byte)
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
            }
        }
        throw syntaxError(expected: "'\"' to close the string")
    }

    /// `scanString` for a value: an ASCII value without escapes (nearly all) is read as bytes,
    /// and a long one is taken from `strings` when the document already has it.
    mutating func scanValueString(interning strings: inout StringInterner) throws(JSONFailure) -> (value: String, hadEscapes: Bool) {
        guard let plain = plainASCIIString() else { return try scanString() }
        return (strings.string(plain), false)
    }

    /// Reads a key whose opening quote is at `offset` into `arena`'s key table: a key without
    /// escapes (nearly all) is looked up by its bytes, without making a `String`.
    mutating func scanKey(into arena: inout DocumentArenaBuilder) throws(JSONFailure) -> UInt32 {
        guard let plain = plainASCIIString() else { return arena.key(try scanString().value) }
        return arena.key(utf8: plain)
    }

    /// The bytes of the string whose opening quote is at `offset`, and `offset` past its closing
    /// quote, when it is printable ASCII without escapes (nothing to validate or decode);
    /// otherwise `nil` and `offset` unchanged.
    private mutating func plainASCIIString() -> UnsafeBufferPointer<UInt8>? {
        let start = offset + 1
        var index = start
        // Eight bytes at a time up to the first that is a quote, a backslash, a control
        // character or not ASCII; that byte is then looked at alone below.
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = ByteWords.load(base, at: index)
                let stops = ByteWords.lanes(word, equalTo: 0x22) | ByteWords.lanes(word, equalTo: 0x5C)
                    | ByteWords.lanes(word, below: 0x20) | word & ByteWords.highBits
                if stops != 0 {
                    index += ByteWords.firstLane(stops)
                    break
                }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                offset = index + 1
                return UnsafeBufferPointer(rebasing: bytes[start..<index])
            }
            if byte < 0x20 || byte >= 0x80 || byte == 0x5C { return nil }
            index += 1
        }
        return nil
    }

    private mutating func stepOverContentByte(_ byte: UInt8) throws(JSONFailure) {
        if byte >= 0x20 && byte < 0x80 {
            offset += 1
        } else if byte < 0x20 {
            throw syntaxError(expected: "a string character (control characters must be escaped)")
        } else if let length = UTF8Validation.sequenceLength(in: bytes, at: offset) {
            offset += length
        } else {
            throw failure(
                LoadRuleID.inputNotText, "invalid UTF-8 byte 0x\(hex(byte, width: 2)) in string",
                at: currentPosition())
        }
    }

    private mutating func scanEscape(into buffer: inout [UInt8]) throws(JSONFailure) {
        offset += 1
        guard let byte = current else { throw syntaxError(expected: "an escape character") }
        let simple: UInt8?
        switch byte {
        case 0x22, 0x5C, 0x2F: simple = byte
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default: throw syntaxError(expected: "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u after '\\'")
        }
        if let simple {
            buffer.append(simple)
            offset += 1
            return
        }
        offset += 1
        let unit = try scanHex4()
        var scalar = Unicode.Scalar(unit)
        if (0xD800...0xDBFF).contains(unit), offset + 1 < bytes.count, bytes[offset] == 0x5C,
            bytes[offset + 1] == UInt8(ascii: "u")
        {
            let save = offset
            offset += 2
            let low = try scanHex4()
            if (0xDC00...0xDFFF).contains(low) {
                scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))
            } else {
                offset = save
            }
        }
        UTF8Validation.append(scalar ?? Self.standIn(forLoneSurrogate: unit), to: &buffer)
    }

    static func standIn(forLoneSurrogate unit: UInt16) -> Unicode.Scalar {
        Unicode.Scalar(0x10F800 + UInt32(unit) - 0xD800)!
    }

    private mutating func scanHex4() throws(JSONFailure) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let byte = current else { throw syntaxError(expected: "a hexadecimal digit") }
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw syntaxError(expected: "a hexadecimal digit")
            }
            value = value << 4 | UInt16(digit)
            offset += 1
        }
        return value
    }
}
