/// Parser for intrinsic function calls (spec Appendix B).
///
/// Grammar: `call := Name '(' [arg (',' arg)*] ')'`, `Name := 'States.' identifier`,
/// `arg := string | number | true | false | null | path | call`. Paths run to the next
/// `,` or `)` outside brackets, parentheses and quotes.
/// Recursion is bounded by `maxDepth`; deeper input yields `expression-too-deep`.
/// - Complexity: O(n) in the length of the text.
struct IntrinsicParser {
    static let maxDepth = 64

    private let s: [Unicode.Scalar]
    private var i = 0
    private(set) var error: ExpressionFinding?

    init(_ scalars: [Unicode.Scalar]) { s = scalars }

    private var current: Unicode.Scalar? { i < s.count ? s[i] : nil }

    private mutating func fail<T>(_ message: String, at offset: Int, rule: ExpressionRule = .intrinsicSyntax) -> T? {
        if error == nil { error = ExpressionFinding(rule, message, at: offset) }
        return nil
    }

    private mutating func skipSpaces() {
        while let c = current, ScalarClass.isWhitespace(c) { i += 1 }
    }

    mutating func parse() -> IntrinsicCall? {
        guard let call = parseCall(depth: 1) else { return nil }
        skipSpaces()
        if i < s.count { return fail("unexpected '\(s[i])' after the closing ')'", at: i) }
        return call
    }

    private mutating func parseCall(depth: Int) -> IntrinsicCall? {
        if depth > Self.maxDepth {
            return fail("intrinsic calls are nested more than \(Self.maxDepth) deep", at: i, rule: .expressionTooDeep)
        }
        let start = i
        while let c = current, c == "." || ScalarClass.isIdentifierContinue(c) { i += 1 }
        let name = s.text(start..<i)
        guard name.hasPrefix("States."), name.count > 7 else {
            return fail("expected an intrinsic function name such as 'States.Format'", at: start)
        }
        guard current == "(" else { return fail("expected '(' after '\(name)'", at: i) }
        i += 1
        skipSpaces()
        var arguments: [IntrinsicArgument] = []
        if current == ")" {
            i += 1
            return IntrinsicCall(name: name, offset: start, arguments: arguments)
        }
        while true {
            skipSpaces()
            guard let argument = parseArgument(depth: depth) else { return nil }
            arguments.append(argument)
            skipSpaces()
            if current == "," {
                i += 1
                continue
            }
            guard current == ")" else { return fail("expected ',' or ')' in the arguments of '\(name)'", at: i) }
            i += 1
            return IntrinsicCall(name: name, offset: start, arguments: arguments)
        }
    }

    private mutating func parseArgument(depth: Int) -> IntrinsicArgument? {
        let start = i
        guard let c = current else { return fail("expected an argument", at: i) }
        if c == "'" {
            guard let (text, placeholders) = parseString() else { return nil }
            return IntrinsicArgument(value: .string(text, placeholders: placeholders), offset: start)
        }
        if c == "$" {
            return IntrinsicArgument(value: .path(scanPath()), offset: start)
        }
        if c == "-" || ScalarClass.isDigit(c) {
            guard let (text, isInteger) = parseNumber() else { return nil }
            return IntrinsicArgument(value: .number(text, isInteger: isInteger), offset: start)
        }
        for (word, value) in Self.keywords where matches(word) {
            i += word.unicodeScalars.count
            return IntrinsicArgument(value: value, offset: start)
        }
        if ScalarClass.isIdentifierStart(c) {
            guard let call = parseCall(depth: depth + 1) else { return nil }
            return IntrinsicArgument(value: .call(call), offset: start)
        }
        return fail("expected a string, number, boolean, null, path or intrinsic call but found '\(c)'", at: i)
    }

    private static let keywords: [(String, IntrinsicArgument.Value)] = [("true", .boolean(true)), ("false", .boolean(false)), ("null", .null)]

    /// `word` at the cursor, not followed by more identifier characters.
    private func matches(_ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        guard i + w.count <= s.count, Array(s[i..<i + w.count]) == w else { return false }
        return i + w.count == s.count || !(ScalarClass.isIdentifierContinue(s[i + w.count]) || s[i + w.count] == ".")
    }

    /// `'…'` with the escapes `\'`, `\{`, `\}` and `\\`; counts unescaped `{}` pairs.
    private mutating func parseString() -> (String, Int)? {
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
                guard Self.escapable.contains(next) else {
                    return fail("'\\\(next)' is not an escape; only \\', \\{, \\} and \\\\ are", at: i - 1)
                }
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

    private static let escapable: Set<Unicode.Scalar> = ["'", "{", "}", "\\"]

    /// A JSON number: `-?digits[.digits][e[+-]digits]`.
    private mutating func parseNumber() -> (String, Bool)? {
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
    private mutating func scanPath() -> String {
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
        var end = min(i, s.count)
        while end > start, ScalarClass.isWhitespace(s[end - 1]) { end -= 1 }
        return s.text(start..<end)
    }
}
