/// Character classes shared by the lexers. All work on single Unicode scalars, with an ASCII
/// fast path: the Unicode property tables cost a call and a lookup per scalar, and nearly
/// every expression is ASCII.
enum ScalarClass {
    /// Unicode White_Space; in ASCII, space and U+0009…U+000D.
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D) }
        return c.properties.isWhitespace
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 48 && c.value <= 57
    }

    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value | 0x20
        return v >= 0x61 && v <= 0x7A
    }

    /// Start of a variable name: Unicode ID_Start or `_` (the spec's variable-name rule).
    /// In ASCII, ID_Start is the letters.
    static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c == "_" || isASCIILetter(c) }
        return c.properties.isIDStart
    }

    /// In ASCII, ID_Continue is the letters, digits and `_`.
    static func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c == "_" || isASCIILetter(c) || isDigit(c) }
        return c.properties.isIDContinue
    }

    /// Unicode Alphabetic; in ASCII, the letters.
    static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return isASCIILetter(c) }
        return c.properties.isAlphabetic
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars in `range` as a `String` (written as bytes when they are all ASCII).
    func text(_ range: Range<Int>) -> String {
        if !self[range].contains(where: { $0.value >= 0x80 }) {
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                var j = 0
                for k in range {
                    buffer[j] = UInt8(truncatingIfNeeded: self[k].value)
                    j += 1
                }
                return j
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: self[range])
        return String(out)
    }
}
