/// Character classes shared by the lexers. All work on single Unicode scalars.
enum ScalarClass {
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 48 && c.value <= 57
    }

    /// Start of a variable name: Unicode ID_Start or `_` (the spec's variable-name rule).
    static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isIDStart
    }

    static func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isIDContinue
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars in `range` as a `String`.
    func text(_ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: self[range])
        return String(out)
    }
}
