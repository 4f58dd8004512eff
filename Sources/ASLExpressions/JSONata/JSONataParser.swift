/// Pratt (top-down operator precedence) parser for JSONata, building an arena AST.
///
/// Binding powers follow the JSONata reference grammar: `.` 75, `[` `(` `@` `#` 80,
/// `{` 70, `* / %` 60, `+ - &` 50, comparisons, `in`, `^`, `~>`, `?:`, `??` 40, `and` 30,
/// `or` 25, `?` and `..` 20, `:=` 10 (right-associative).
/// Recursion only happens through `expression(_:)`, which is bounded by `maxDepth`;
/// left-associative chains are built in a loop.
/// - Complexity: O(n) in the number of tokens.
struct JSONataParser {
    static let maxDepth = 200

    let tokens: [JSONataToken]
    var p = 0
    private var depth = 0
    private(set) var nodes: [JSONataNode] = []

    init(tokens: [JSONataToken]) {
        self.tokens = tokens
        nodes.reserveCapacity(tokens.count)
    }

    private static let infixPower: [String: Int] = [
        ".": 75, "[": 80, "{": 70, "(": 80, "@": 80, "#": 80, "^": 40, "?": 20,
        "+": 50, "-": 50, "&": 50, "*": 60, "/": 60, "%": 60,
        "=": 40, "!=": 40, "<": 40, "<=": 40, ">": 40, ">=": 40, "~>": 40, "?:": 40, "??": 40,
        "..": 20, ":=": 10,
    ]
    private static let wordPower: [String: Int] = ["and": 30, "or": 25, "in": 40]

    var current: JSONataToken { tokens[p] }
    var currentOffset: Int { current.offset }
    var currentIsEnd: Bool { current.kind == .end }
    var currentVariable: String? {
        if case .variable(let name) = current.kind { return name }
        return nil
    }

    func currentIs(_ op: String) -> Bool { current.isOp(op) }
    func nextIs(_ op: String) -> Bool { p + 1 < tokens.count && tokens[p + 1].isOp(op) }
    mutating func skip() { _ = advance() }

    private mutating func advance() -> JSONataToken {
        let token = tokens[p]
        if p < tokens.count - 1 { p += 1 }
        return token
    }

    func syntaxError(_ message: String, at token: JSONataToken? = nil) -> JSONataSyntaxError {
        let t = token ?? current
        return JSONataSyntaxError(message: message, offset: t.offset)
    }

    mutating func expectOp(_ op: String, _ context: String) throws(JSONataSyntaxError) {
        guard current.isOp(op) else { throw syntaxError("expected '\(op)' \(context) but found \(current.display)") }
        p += 1
    }

    mutating func addNode(_ kind: JSONataNode.Kind, _ offset: Int) -> JSONataNodeID {
        nodes.append(JSONataNode(kind: kind, offset: offset))
        return nodes.count - 1
    }

    private func power(_ token: JSONataToken) -> Int {
        switch token.kind {
        case .op(let o): Self.infixPower[o] ?? 0
        case .name(let n, false): Self.wordPower[n] ?? 0
        default: 0
        }
    }

    mutating func parseProgram() throws(JSONataSyntaxError) -> JSONataNodeID {
        let root = try expression(0)
        guard current.kind == .end else { throw syntaxError("unexpected \(current.display) after a complete expression") }
        return root
    }

    mutating func expression(_ rbp: Int) throws(JSONataSyntaxError) -> JSONataNodeID {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            var error = syntaxError("the expression is nested more than \(Self.maxDepth) levels deep")
            error.rule = .expressionTooDeep
            throw error
        }
        var left = try prefix()
        while rbp < power(current) {
            left = try infix(left)
        }
        return left
    }

    /// The "nud": a token at the start of an operand.
    private mutating func prefix() throws(JSONataSyntaxError) -> JSONataNodeID {
        let token = advance()
        let at = token.offset
        switch token.kind {
        case .string(let s): return addNode(.string(s), at)
        case .number(let n): return addNode(.number(n), at)
        case .regex(let pattern, let flags): return addNode(.regex(pattern: pattern, flags: flags), at)
        case .variable(let v): return addNode(.variable(v), at)
        case .name(let n, let quoted):
            if !quoted {
                switch n {
                case "true": return addNode(.boolean(true), at)
                case "false": return addNode(.boolean(false), at)
                case "null": return addNode(.null, at)
                case "function" where current.isOp("("), "λ" where current.isOp("("): return try lambda(at)
                default: break
                }
            }
            return addNode(.name(n), at)
        case .op(let o):
            switch o {
            case "-": return addNode(.negate(try expression(70)), at)
            case "*": return addNode(.wildcard, at)
            case "**": return addNode(.descendants, at)
            case "%": return addNode(.parent, at)
            case "(":
                return addNode(.block(try sequence(close: ")", separator: ";", what: "in a block")), at)
            case "[":
                return addNode(.array(try sequence(close: "]", separator: ",", what: "in an array")), at)
            case "{": return addNode(.object(pairs: try pairs()), at)
            case "|": return try transform(at)
            default: throw syntaxError("expected an expression but found \(token.display)", at: token)
            }
        case .end: throw syntaxError("expected an expression but the expression ends", at: token)
        }
    }

    /// The "led": an operator after a complete left operand.
    private mutating func infix(_ left: JSONataNodeID) throws(JSONataSyntaxError) -> JSONataNodeID {
        let token = advance()
        let at = nodes[left].offset
        guard case .op(let o) = token.kind else {
            // `and`, `or`, `in`
            guard case .name(let word, _) = token.kind else { throw syntaxError("unexpected \(token.display)", at: token) }
            return addNode(.binary(op: word, left, try expression(Self.wordPower[word]!)), at)
        }
        switch o {
        case ".": return addNode(.path(left, try expression(75)), at)
        case "[":
            if current.isOp("]") {
                p += 1
                return addNode(.filter(left, predicate: nil), at)
            }
            let predicate = try expression(0)
            try expectOp("]", "to close the predicate")
            return addNode(.filter(left, predicate: predicate), at)
        case "{": return addNode(.groupBy(left, pairs: try pairs()), at)
        case "(": return addNode(.call(callee: left, arguments: try arguments()), at)
        case "@", "#":
            guard case .variable(let name) = current.kind, !name.isEmpty, name != "$" else {
                throw syntaxError("expected a variable such as '$v' after '\(o)'")
            }
            p += 1
            return addNode(.bindContext(left, name: name, isIndex: o == "#"), at)
        case "^": return try orderBy(left, at)
        case "?":
            let then = try expression(0)
            var otherwise: JSONataNodeID?
            if current.isOp(":") {
                p += 1
                otherwise = try expression(0)
            }
            return addNode(.condition(left, then: then, otherwise: otherwise), at)
        case ":=":
            guard case .variable(let name) = nodes[left].kind, !name.isEmpty, name != "$" else {
                throw syntaxError("the left side of ':=' must be a variable such as '$v'", at: token)
            }
            return addNode(.bind(name: name, value: try expression(9)), at)
        case "~>": return addNode(.chain(left, try expression(40)), at)
        default: return addNode(.binary(op: o, left, try expression(Self.infixPower[o]!)), at)
        }
    }
}
