/// Bracket selectors: quoted names, indexes, slices, unions, wildcards, filters, scripts.
extension JSONPathParser {
    /// Parses from `[` to the matching `]`; `selectorOffset` is set to the first character
    /// inside the brackets.
    mutating func parseBracket(selectorOffset: inout Int) -> JSONPathSelector? {
        let open = i
        i += 1
        skipSpaces()
        selectorOffset = i
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
    mutating func scanQuoted() -> String? {
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

    /// From `(` to its matching `)`, skipping quoted strings and requiring `(`/`)` and
    /// `[`/`]` to pair up; returns the text between the outer parentheses.
    mutating func scanBalanced() -> String? {
        let open = i
        var closers: [Unicode.Scalar] = []
        var quote: Unicode.Scalar?
        while let c = current {
            if let q = quote {
                if c == "\\" { i += 1 } else if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "(" || c == "[" {
                closers.append(c == "(" ? ")" : "]")
            } else if c == ")" || c == "]" {
                guard closers.last == c else { return fail("unbalanced '\(c)' in a filter or script expression", at: i) }
                closers.removeLast()
                if closers.isEmpty {
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
    mutating func collectVariableReads(_ range: Range<Int>) {
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
    mutating func parseNumericSelector() -> JSONPathSelector? {
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
