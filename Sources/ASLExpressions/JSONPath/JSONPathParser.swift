/// Hand-written scanner/parser for the JSONPath dialect ASL uses (Jayway-like).
///
/// It stops at the first syntax error, which it reports with the offset of the offending
/// scalar. Filters and script expressions are not parsed; their extent is found by a
/// bracket-balancing scan that skips quoted strings, and `$name` variable reads inside them
/// are still collected.
/// - Complexity: O(n) in the length of the path; no recursion.
struct JSONPathParser {
    let s: [Unicode.Scalar]
    let base: Int
    var i = 0
    private(set) var syntaxError: ExpressionFinding?
    var reads: [VariableRead] = []

    init(_ scalars: [Unicode.Scalar], baseOffset: Int) {
        s = scalars
        base = baseOffset
    }

    var current: Unicode.Scalar? { i < s.count ? s[i] : nil }
    func peek(_ k: Int) -> Unicode.Scalar? { i + k < s.count ? s[i + k] : nil }

    mutating func fail<T>(_ message: String, at offset: Int) -> T? {
        syntaxError = ExpressionFinding(.jsonPathSyntax, message, at: base + offset)
        return nil
    }

    mutating func parse() -> JSONPath? {
        guard current == "$" else { return fail("expected '$' at the start of a path", at: 0) }
        i = 1
        var root = JSONPathRoot.input
        if current == "$" {
            root = .context
            i = 2
        } else if let c = current, ScalarClass.isIdentifierStart(c) {
            let start = i
            while let c = current, ScalarClass.isIdentifierContinue(c) { i += 1 }
            let name = s.text(start..<i)
            root = .variable(name)
            reads.append(VariableRead(name: name, offset: base))
        }
        var segments: [JSONPathSegment] = []
        while let c = current {
            let start = i
            var selectorAt = i
            if c == "." {
                let descendant = peek(1) == "."
                i += descendant ? 2 : 1
                selectorAt = i
                if current == "[" {
                    // `..[0]`, and the Jayway form `.[0]` that real workflows use for `[0]`.
                    guard let selector = parseBracket(selectorOffset: &selectorAt) else { return nil }
                    segments.append(JSONPathSegment(selector: selector, isDescendant: descendant, offset: start, selectorOffset: selectorAt))
                } else if current == "*" {
                    i += 1
                    segments.append(JSONPathSegment(selector: .wildcard, isDescendant: descendant, offset: start, selectorOffset: selectorAt))
                } else if let name = scanName() {
                    var selector = JSONPathSelector.field(name)
                    if current == "(" && peek(1) == ")" {
                        i += 2
                        selector = .function(name)
                    }
                    segments.append(JSONPathSegment(selector: selector, isDescendant: descendant, offset: start, selectorOffset: selectorAt))
                } else {
                    return fail("expected a field name or '*' after '\(descendant ? ".." : ".")'", at: i)
                }
            } else if c == "[" {
                guard let selector = parseBracket(selectorOffset: &selectorAt) else { return nil }
                segments.append(JSONPathSegment(selector: selector, isDescendant: false, offset: start, selectorOffset: selectorAt))
            } else {
                return fail("expected '.' or '[' but found '\(c)'", at: i)
            }
        }
        return JSONPath(root: root, segments: segments)
    }

    /// A dot-notation field name: everything up to a delimiter.
    private mutating func scanName() -> String? {
        let start = i
        while let c = current, !Self.isNameStop(c) { i += 1 }
        return i > start ? s.text(start..<i) : nil
    }

    private static func isNameStop(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", "[", "]", "(", ")", "'", "\"", ",", "*": true
        default: ScalarClass.isWhitespace(c)
        }
    }

    mutating func skipSpaces() {
        while let c = current, ScalarClass.isWhitespace(c) { i += 1 }
    }
}
