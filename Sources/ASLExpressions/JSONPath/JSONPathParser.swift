/// Hand-written scanner/parser for the JSONPath dialect ASL uses (Jayway-like).
///
/// It stops at the first syntax error, which it reports with the offset of the offending
/// scalar. Filters and script expressions are not parsed; their extent is found by a
/// bracket-balancing scan that skips quoted strings, and `$name` variable reads inside them
/// are still collected.
/// - Complexity: O(n) in the length of the path; no recursion.
struct JSONPathParser {
    private let s: [Unicode.Scalar]
    private let base: Int
    private var i = 0
    private(set) var syntaxError: ExpressionFinding?
    private(set) var reads: [VariableRead] = []

    init(_ scalars: [Unicode.Scalar], baseOffset: Int) {
        s = scalars
        base = baseOffset
    }

    private var current: Unicode.Scalar? { i < s.count ? s[i] : nil }
    private func peek(_ k: Int) -> Unicode.Scalar? { i + k < s.count ? s[i + k] : nil }

    private mutating func fail<T>(_ message: String, at offset: Int) -> T? {
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
            if c == "." {
                let descendant = peek(1) == "."
                i += descendant ? 2 : 1
                if current == "[" && descendant {
                    guard let selector = parseBracket() else { return nil }
                    segments.append(JSONPathSegment(selector: selector, isDescendant: true, offset: start))
                } else if current == "*" {
                    i += 1
                    segments.append(JSONPathSegment(selector: .wildcard, isDescendant: descendant, offset: start))
                } else if let name = scanName() {
                    var selector = JSONPathSelector.field(name)
                    if current == "(" && peek(1) == ")" {
                        i += 2
                        selector = .function(name)
                    }
                    segments.append(JSONPathSegment(selector: selector, isDescendant: descendant, offset: start))
                } else {
                    return fail("expected a field name or '*' after '\(descendant ? ".." : ".")'", at: i)
                }
            } else if c == "[" {
                guard let selector = parseBracket() else { return nil }
                segments.append(JSONPathSegment(selector: selector, isDescendant: false, offset: start))
            } else {
                return fail("expected '.' or '[' but found '\(c)'", at: i)
            }
        }
        return JSONPath(root: root, segments: segments)
    }

    /// A dot-notation field name: everything up to a delimiter.
    private mutating func scanName() -> String? {
        let start = i
        while let c = current, !Self.nameStops.contains(c), !ScalarClass.isWhitespace(c) { i += 1 }
        return i > start ? s.text(start..<i) : nil
    }

    private static let nameStops: Set<Unicode.Scalar> = [".", "[", "]", "(", ")", "'", "\"", ",", "*"]

    private mutating func skipSpaces() {
        while let c = current, ScalarClass.isWhitespace(c) { i += 1 }
    }

    /// Parses from `[` to the matching `]`.
    private mutating func parseBracket() -> JSONPathSelector? {
        let open = i
        i += 1
        skipSpaces()
        guard let c = current else { return fail("expected a selector after '['", at: open) }
        let selector: JSONPathSelector
        switch c {
        case "'", "\"":
            var names: [String] = []
            while true {
                guard let name = scanQuoted() else { return nil }
                names.append(name)
                skipSpaces()
                guard current == "," else { break }
                i += 1
                skipSpaces()
                guard current == "'" || current == "\"" else { return fail("expected a quoted name after ','", at: i) }
            }
            selector = names.count == 1 ? .field(names[0]) : .union(names.map { "'\($0)'" })
        case "*":
            i += 1
            selector = .wildcard
        case "?":
            i += 1
            guard current == "(" else { return fail("expected '(' after '?' in a filter", at: i) }
            guard let body = scanBalanced() else { return nil }
            selector = .filter(body)
        case "(":
            guard let body = scanBalanced() else { return nil }
            selector = .script(body)
        default:
            guard c == "-" || c == ":" || ScalarClass.isDigit(c) else {
                return fail("expected a quoted name, an index, '*', a filter '?(…)' or a slice after '['", at: i)
            }
            guard let numeric = parseNumericSelector() else { return nil }
            selector = numeric
        }
        skipSpaces()
        guard current == "]" else { return fail("expected ']'", at: i) }
        i += 1
        return selector
    }

    /// `'name'` with backslash escapes; the quote style must match.
    private mutating func scanQuoted() -> String? {
        let quote = s[i]
        let open = i
        i += 1
        var out = String.UnicodeScalarView()
        while let c = current {
            i += 1
            if c == quote { return String(out) }
            if c == "\\" {
                guard let next = current else { break }
                out.append(next)
                i += 1
            } else {
                out.append(c)
            }
        }
        return fail("unterminated quoted name", at: open)
    }

    /// From `(` to its matching `)`, skipping quoted strings; returns the text between them.
    private mutating func scanBalanced() -> String? {
        let open = i
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
                depth -= 1
                if depth == 0 {
                    i += 1
                    collectVariableReads(open + 1..<i - 1)
                    return s.text(open + 1..<i - 1)
                }
            }
            i += 1
        }
        return fail("unterminated '(' in a filter or script expression", at: open)
    }

    /// `$name` outside quotes in a filter body is a variable read.
    private mutating func collectVariableReads(_ range: Range<Int>) {
        var k = range.lowerBound
        var quote: Unicode.Scalar?
        while k < range.upperBound {
            let c = s[k]
            if let q = quote {
                if c == "\\" { k += 1 } else if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "$", k + 1 < range.upperBound, ScalarClass.isIdentifierStart(s[k + 1]), k == 0 || s[k - 1] != "$" {
                var e = k + 1
                while e < range.upperBound, ScalarClass.isIdentifierContinue(s[e]) { e += 1 }
                reads.append(VariableRead(name: s.text(k + 1..<e), offset: base + k))
                k = e
                continue
            }
            k += 1
        }
    }

    /// An index, a slice `a:b:c` or a union `0,1`, each part an optional signed integer.
    private mutating func parseNumericSelector() -> JSONPathSelector? {
        let start = i
        while let c = current, c == "-" || c == ":" || c == "," || c == " " || ScalarClass.isDigit(c) { i += 1 }
        let text = s.text(start..<i).filter { $0 != " " }
        let isSlice = text.contains(":")
        let parts = text.split(separator: isSlice ? ":" : ",", omittingEmptySubsequences: false)
        if isSlice && (text.contains(",") || parts.count > 3) {
            return fail("a slice has the form [start:end:step]", at: start)
        }
        for part in parts where !(part.isEmpty && isSlice) {
            guard Int(part) != nil else { return fail("expected an integer in '[…]'", at: start) }
        }
        if isSlice { return .slice(text) }
        if parts.count > 1 { return .union(parts.map(String.init)) }
        return .index(Int(text)!)
    }
}
