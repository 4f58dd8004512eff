/// Splits a JSONata expression into tokens.
///
/// Follows the JSONata tokenizer rules: names run until whitespace or an operator
/// character; numbers are unsigned (a leading `-` is the unary operator); `/` starts a
/// regular expression when an operand is expected (decided from the previous token), and
/// `/* … */` comments are skipped.
/// - Complexity: O(n) in the length of the expression.
struct JSONataLexer {
    let s: [Unicode.Scalar]
    let end: Int
    var i: Int

    /// Lexes `scalars[range]`; offsets stay relative to the start of `scalars`.
    init(_ scalars: [Unicode.Scalar], range: Range<Int>) {
        s = scalars
        i = range.lowerBound
        end = range.upperBound
    }

    /// The two-scalar operator starting with `c`, `n`, if any.
    static func twoCharOp(_ c: Unicode.Scalar, _ n: Unicode.Scalar) -> String? {
        switch (c, n) {
        case (".", "."): ".."
        case (":", "="): ":="
        case ("!", "="): "!="
        case ("<", "="): "<="
        case (">", "="): ">="
        case ("*", "*"): "**"
        case ("~", ">"): "~>"
        case ("?", ":"): "?:"
        case ("?", "?"): "??"
        default: nil
        }
    }

    static func isOneCharOp(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", "[", "]", "{", "}", "(", ")", ",", "@", "#", ";", ":", "?", "+", "-", "*", "/", "%", "|", "=", "<", ">", "^", "&":
            true
        default: false
        }
    }

    /// Scalars that end a name: whitespace, operator characters, quotes and `!`, `~`, `$`.
    static func isNameStop(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "!", "~", "\"", "'", "`", "$": true
        default: isOneCharOp(c) || ScalarClass.isWhitespace(c)
        }
    }

    var current: Unicode.Scalar? { i < end ? s[i] : nil }
    func peek(_ k: Int) -> Unicode.Scalar? { i + k < end ? s[i + k] : nil }

    mutating func tokenize() -> Result<[JSONataToken], JSONataSyntaxError> {
        var tokens: [JSONataToken] = []
        tokens.reserveCapacity((end - i) / 3 + 2)
        while true {
            switch next(after: tokens.last) {
            case .success(let token):
                tokens.append(token)
                if token.kind == .end { return .success(tokens) }
            case .failure(let error):
                return .failure(error)
            }
        }
    }

    func error(_ message: String, _ offset: Int) -> Result<JSONataToken, JSONataSyntaxError> {
        .failure(JSONataSyntaxError(message: message, offset: offset))
    }

    /// Whether `previous` ends an operand, so that a following `/` divides.
    private static func endsOperand(_ previous: JSONataToken?) -> Bool {
        guard let previous else { return false }
        switch previous.kind {
        case .string, .number, .variable, .regex: return true
        case .name(let n, let quoted): return quoted || !["and", "or", "in"].contains(n)
        case .op(let o): return o == ")" || o == "]" || o == "}"
        case .end: return false
        }
    }

    private mutating func next(after previous: JSONataToken?) -> Result<JSONataToken, JSONataSyntaxError> {
        while let c = current {
            if ScalarClass.isWhitespace(c) {
                i += 1
            } else if c == "/" && peek(1) == "*" {
                let open = i
                i += 2
                while i < end, !(s[i] == "*" && peek(1) == "/") { i += 1 }
                guard i < end else { return error("unterminated comment", open) }
                i += 2
            } else {
                break
            }
        }
        let start = i
        guard let c = current else { return .success(JSONataToken(kind: .end, offset: end)) }
        if c == "/" && !Self.endsOperand(previous) { return scanRegex() }
        if let n = peek(1) {
            if let pair = Self.twoCharOp(c, n) {
                i += 2
                return .success(JSONataToken(kind: .op(pair), offset: start))
            }
        }
        if Self.isOneCharOp(c) {
            i += 1
            return .success(JSONataToken(kind: .op(String(c)), offset: start))
        }
        switch c {
        case "\"", "'": return scanString(quote: c)
        case "`":
            i += 1
            let nameStart = i
            while let k = current, k != "`" { i += 1 }
            guard current == "`" else { return error("unterminated backtick name", start) }
            i += 1
            return .success(JSONataToken(kind: .name(s.text(nameStart..<i - 1), quoted: true), offset: start))
        case "$":
            i += 1
            if current == "$" {
                i += 1
                return .success(JSONataToken(kind: .variable("$"), offset: start))
            }
            let nameStart = i
            while let k = current, !Self.isNameStop(k) { i += 1 }
            return .success(JSONataToken(kind: .variable(s.text(nameStart..<i)), offset: start))
        case "!", "~":
            return error("'\(c)' must be followed by '\(c == "!" ? "=" : ">")'", start)
        default:
            if ScalarClass.isDigit(c) { return scanNumber() }
            while let k = current, !Self.isNameStop(k) { i += 1 }
            return .success(JSONataToken(kind: .name(s.text(start..<i), quoted: false), offset: start))
        }
    }
}

/// A syntax error from the lexer or parser.
struct JSONataSyntaxError: Error, Hashable, Sendable {
    var message: String
    var offset: Int
    var rule: ExpressionRule = .jsonataSyntax
}
