/// String, number and path arguments.
extension IntrinsicParser {
    /// `'…'` with the escapes `\'`, `\{`, `\}` and `\\`; counts unescaped `{}` pairs.
    mutating func parseString() -> (String, Int)? {
        let open = i
        i += 1
        var out = String.UnicodeScalarView()
        var placeholders = 0
        while let c = current {
            i += 1
            switch c {
            case "'":
                return (String(out), placeholders)
            case "\\":
                guard let next = current else { return fail("unterminated string literal", at: open) }
                // Only \', \{, \} and \\ are escapes; the AWS language service accepts any
                // other backslash pair (e.g. `\n`), so it is kept as written.
                if !Self.escapable.contains(next) { out.append(c) }
                out.append(next)
                i += 1
            case "{" where current == "}":
                placeholders += 1
                out.append(c)
            default:
                out.append(c)
            }
        }
        return fail("unterminated string literal", at: open)
    }

    static let escapable: Set<Unicode.Scalar> = ["'", "{", "}", "\\"]

    /// A JSON number: `-?digits[.digits][e[+-]digits]`.
    mutating func parseNumber() -> (String, Bool)? {
        let start = i
        if current == "-" { i += 1 }
        let digitsStart = i
        while let c = current, ScalarClass.isDigit(c) { i += 1 }
        guard i > digitsStart else { return fail("expected digits in a number", at: i) }
        var isInteger = true
        if current == "." {
            i += 1
            isInteger = false
            let fraction = i
            while let c = current, ScalarClass.isDigit(c) { i += 1 }
            guard i > fraction else { return fail("expected digits after '.'", at: i) }
        }
        if current == "e" || current == "E" {
            i += 1
            isInteger = false
            if current == "+" || current == "-" { i += 1 }
            let exponent = i
            while let c = current, ScalarClass.isDigit(c) { i += 1 }
            guard i > exponent else { return fail("expected digits in the exponent", at: i) }
        }
        return (s.text(start..<i), isInteger)
    }

    /// Scans a path argument up to `,` or `)` at bracket depth 0, outside quotes.
    mutating func scanPath() -> String {
        let start = i
        var depth = 0
        var quote: Unicode.Scalar?
        while let c = current {
            if let q = quote {
                if c == "\\" { i += 1 } else if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "(" || c == "[" {
                depth += 1
            } else if c == ")" || c == "]" {
                if depth == 0 { break }
                depth -= 1
            } else if c == "," && depth == 0 {
                break
            }
            i += 1
        }
        i = min(i, s.count)  // a backslash as the last scalar skipped past the end
        var end = i
        while end > start, ScalarClass.isWhitespace(s[end - 1]) { end -= 1 }
        return s.text(start..<end)
    }
}
