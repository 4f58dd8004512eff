/// The bracketed constructs of the JSONata grammar.
extension JSONataParser {
    /// Items up to `close`, separated by `separator`. Only blocks tolerate a trailing
    /// separator (`(a; b;)`); arrays and argument lists do not, as in JSONata.
    mutating func sequence(close: String, separator: String, what: String) throws(JSONataSyntaxError) -> [JSONataNodeID] {
        var items: [JSONataNodeID] = []
        let trailingAllowed = separator == ";"
        if !currentIs(close) {
            while true {
                items.append(try expression(0))
                guard currentIs(separator) else { break }
                skip()
                if trailingAllowed && currentIs(close) { break }
            }
        }
        try expectOp(close, "or '\(separator)' \(what)")
        return items
    }

    /// `key: value` pairs up to `}` (the `{` is already consumed), flattened.
    mutating func pairs() throws(JSONataSyntaxError) -> [JSONataNodeID] {
        var flat: [JSONataNodeID] = []
        if !currentIs("}") {
            while true {
                flat.append(try expression(0))
                try expectOp(":", "after an object key")
                flat.append(try expression(0))
                guard currentIs(",") else { break }
                skip()
            }
        }
        try expectOp("}", "or ',' in an object constructor")
        return flat
    }

    /// Call arguments up to `)`; a lone `?` is a partial-application placeholder.
    mutating func arguments() throws(JSONataSyntaxError) -> [JSONataNodeID] {
        var args: [JSONataNodeID] = []
        if !currentIs(")") {
            while true {
                if currentIs("?"), nextIs(",") || nextIs(")") {
                    args.append(addNode(.placeholder, currentOffset))
                    skip()
                } else {
                    args.append(try expression(0))
                }
                guard currentIs(",") else { break }
                skip()
            }
        }
        try expectOp(")", "or ',' in the arguments")
        return args
    }

    /// `function($a, $b)<sig> { body }`, after the `function` keyword.
    mutating func lambda(_ at: Int) throws(JSONataSyntaxError) -> JSONataNodeID {
        try expectOp("(", "after 'function'")
        var parameters: [String] = []
        while !currentIs(")") {
            guard let name = currentVariable, !name.isEmpty, name != "$" else {
                throw syntaxError("expected a parameter such as '$x'")
            }
            parameters.append(name)
            skip()
            guard currentIs(",") else { break }
            skip()
        }
        try expectOp(")", "or ',' after the parameters")
        if currentIs("<") { try skipSignature() }
        try expectOp("{", "to open the function body")
        let body = try expression(0)
        try expectOp("}", "to close the function body")
        return addNode(.lambda(parameters: parameters, body: body), at)
    }

    /// A type signature such as `<n-n:n>` or `<a<s>s?:s>`: skipped, only its brackets matter.
    private mutating func skipSignature() throws(JSONataSyntaxError) {
        var depth = 0
        repeat {
            if currentIsEnd { throw syntaxError("unterminated function signature") }
            if currentIs("<") { depth += 1 } else if currentIs(">") { depth -= 1 }
            skip()
        } while depth > 0
    }

    /// `^(term, >term, <term)`, after the `^`.
    mutating func orderBy(_ left: JSONataNodeID, _ at: Int) throws(JSONataSyntaxError) -> JSONataNodeID {
        try expectOp("(", "after '^'")
        var terms: [JSONataNodeID] = []
        var descending: [Bool] = []
        repeat {
            if currentIs(",") { skip() }
            var isDescending = false
            if currentIs("<") || currentIs(">") {
                isDescending = currentIs(">")
                skip()
            }
            terms.append(try expression(0))
            descending.append(isDescending)
        } while currentIs(",")
        try expectOp(")", "or ',' in the sort terms")
        return addNode(.orderBy(left, terms: terms, descending: descending), at)
    }

    /// `| pattern | update [, delete] |`, after the first `|`.
    mutating func transform(_ at: Int) throws(JSONataSyntaxError) -> JSONataNodeID {
        let pattern = try expression(0)
        try expectOp("|", "after the transform pattern")
        let update = try expression(0)
        var delete: JSONataNodeID?
        if currentIs(",") {
            skip()
            delete = try expression(0)
        }
        try expectOp("|", "to close the transform")
        return addNode(.transform(pattern: pattern, update: update, delete: delete), at)
    }
}
