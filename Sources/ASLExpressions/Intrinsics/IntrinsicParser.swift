/// Parser for intrinsic function calls (spec Appendix B).
///
/// Grammar: `call := Name '(' [arg (',' arg)*] ')'`, `Name := 'States.' identifier`,
/// `arg := string | number | true | false | null | path | call`. Paths run to the next
/// `,` or `)` outside brackets, parentheses and quotes.
/// Recursion is bounded by `maxDepth`; deeper input yields `expression-too-deep`.
/// - Complexity: O(n) in the length of the text.
struct IntrinsicParser {
    static let maxDepth = 64

    let s: [Unicode.Scalar]
    var i = 0
    private(set) var error: ExpressionFinding?

    init(_ scalars: [Unicode.Scalar]) { s = scalars }

    var current: Unicode.Scalar? { i < s.count ? s[i] : nil }

    mutating func fail<T>(_ message: String, at offset: Int, rule: ExpressionRule = .intrinsicSyntax) -> T? {
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
}
