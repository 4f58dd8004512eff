/// Numbers, strings and regular expressions.
extension JSONataLexer {
    mutating func scanNumber() -> Result<JSONataToken, JSONataSyntaxError> {
        let start = i
        if current == "0" { i += 1 } else { while let k = current, ScalarClass.isDigit(k) { i += 1 } }
        if current == ".", let n = peek(1), ScalarClass.isDigit(n) {
            i += 1
            while let k = current, ScalarClass.isDigit(k) { i += 1 }
        }
        if current == "e" || current == "E" {
            var j = i + 1
            if j < end, s[j] == "+" || s[j] == "-" { j += 1 }
            if j < end, ScalarClass.isDigit(s[j]) {
                i = j
                while let k = current, ScalarClass.isDigit(k) { i += 1 }
            }
        }
        let text = s.text(start..<i)
        guard let value = Double(text), value.isFinite else { return error("number out of range", start) }
        return .success(JSONataToken(kind: .number(value), offset: start))
    }

    mutating func scanString(quote: Unicode.Scalar) -> Result<JSONataToken, JSONataSyntaxError> {
        let start = i
        i += 1
        var out = String.UnicodeScalarView()
        while let c = current {
            i += 1
            if c == quote { return .success(JSONataToken(kind: .string(String(out)), offset: start)) }
            guard c == "\\" else {
                out.append(c)
                continue
            }
            guard let e = current else { break }
            i += 1
            switch e {
            case "\"", "\\", "/", "'": out.append(e)
            case "b": out.append("\u{8}")
            case "f": out.append("\u{C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "u":
                guard i + 4 <= end, let v = UInt32(s.text(i..<i + 4), radix: 16) else {
                    return error("expected four hex digits after '\\u'", i - 2)
                }
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
                i += 4
            default:
                return error("unsupported escape sequence '\\\(e)'", i - 2)
            }
        }
        return error("unterminated string literal", start)
    }

    /// `/pattern/flags`; the pattern may contain `\/` and `/` inside a `[…]` class.
    mutating func scanRegex() -> Result<JSONataToken, JSONataSyntaxError> {
        let start = i
        i += 1
        var inClass = false
        while let c = current {
            if c == "\\" {
                i += 2
                continue
            }
            if c == "[" { inClass = true } else if c == "]" { inClass = false } else if c == "/" && !inClass { break }
            i += 1
        }
        guard i < end, s[i] == "/" else { return error("unterminated regular expression", start) }
        let pattern = s.text(start + 1..<i)
        guard !pattern.isEmpty else { return error("empty regular expressions are not allowed", start) }
        i += 1
        let flagStart = i
        while let k = current, ScalarClass.isAlphabetic(k) {
            guard Self.regexFlags.contains(k) else { return error("unknown regular expression flag '\(k)'", i) }
            i += 1
        }
        return .success(JSONataToken(kind: .regex(pattern: pattern, flags: s.text(flagStart..<i)), offset: start))
    }

    static let regexFlags: Set<Unicode.Scalar> = ["i", "m", "g", "s", "u", "y"]
}
