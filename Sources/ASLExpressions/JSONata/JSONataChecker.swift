/// Where an expression appears, which decides what it may reference.
public struct JSONataContext: Hashable, Sendable {
    /// `$states.result` is allowed (a Task/Map/Parallel top-level `Output`/`Assign`).
    public var allowsStatesResult: Bool
    /// `$states.errorOutput` is allowed (a Catcher's `Output`/`Assign`).
    public var allowsErrorOutput: Bool
    /// Workflow variable names that may be in scope. A call `$f(…)` of a name that is neither
    /// a known function, nor bound in the expression, nor in this set is
    /// `jsonata-unknown-function`. `nil` skips that check.
    public var knownVariables: Set<String>?

    public init(allowsStatesResult: Bool = false, allowsErrorOutput: Bool = false, knownVariables: Set<String>? = nil) {
        self.allowsStatesResult = allowsStatesResult
        self.allowsErrorOutput = allowsErrorOutput
        self.knownVariables = knownVariables
    }
}

/// The outcome of checking one `{% … %}` field.
public struct JSONataCheck: Hashable, Sendable {
    /// The parsed expression, or `nil` after a syntax or delimiter error.
    public var ast: JSONataAST?
    /// Sorted by offset.
    public var findings: [ExpressionFinding]
    /// Workflow variables read, sorted by offset.
    public var variableReads: [VariableRead]
    /// The expression reads `$states.context.Map…`, meaningful only inside a Map state.
    public var usesMapContext: Bool = false
}

/// Parses JSONata expressions and applies the Step Functions rules on top.
public enum JSONataChecker {
    /// Whether `s` is meant as an expression: `{%` … `%}` after trimming whitespace.
    /// `check` reports the untrimmed form, which AWS treats as a literal, as a warning.
    /// - Complexity: O(n).
    public static func isExpression(_ s: String) -> Bool {
        let trimmed = s.trimmingWhitespaceScalars()
        return trimmed.count >= 4 && trimmed.starts(with: ["{", "%"]) && trimmed.suffix(2).elementsEqual(["%", "}"])
    }

    /// Checks a whole field string such as `{% $states.input.a %}`; offsets count from its
    /// first scalar.
    /// - Complexity: O(n) in the length of `fieldText` (scope lookups add a factor of the
    ///   nesting depth, which is bounded).
    public static func check(_ fieldText: String, context: JSONataContext = JSONataContext()) -> JSONataCheck {
        let scalars = Array(fieldText.unicodeScalars)
        var findings: [ExpressionFinding] = []
        let delimited = Self.innerRange(scalars, findings: &findings)
        guard let inner = delimited else { return JSONataCheck(ast: nil, findings: findings, variableReads: []) }
        var lexer = JSONataLexer(scalars, range: inner)
        let parsed = lexer.tokenize().flatMap { tokens in
            var parser = JSONataParser(tokens: tokens)
            return Result { () throws(JSONataSyntaxError) in
                let root = try parser.parseProgram()
                return JSONataAST(nodes: parser.nodes, root: root)
            }
        }
        switch parsed {
        case .failure(let error):
            findings.append(ExpressionFinding(error.rule, error.message, at: error.offset))
            return JSONataCheck(ast: nil, findings: findings, variableReads: [])
        case .success(let ast):
            var walker = JSONataScopeWalker(ast: ast, context: context)
            walker.run()
            findings += walker.findings
            findings.sort { $0.offset < $1.offset }
            return JSONataCheck(
                ast: ast, findings: findings, variableReads: walker.reads.sorted { $0.offset < $1.offset },
                usesMapContext: walker.usesMapContext)
        }
    }

    /// The range between `{%` and `%}`, or `nil` when the text is not an expression as
    /// AWS sees it. Surrounding whitespace makes AWS treat the whole string as a literal
    /// (LocalStack's AWS-recorded `constant_not_jsonata` case), so it is reported as a
    /// warning and the inside is not checked.
    private static func innerRange(_ s: [Unicode.Scalar], findings: inout [ExpressionFinding]) -> Range<Int>? {
        var lo = 0
        var hi = s.count
        while lo < hi, ScalarClass.isWhitespace(s[lo]) { lo += 1 }
        while hi > lo, ScalarClass.isWhitespace(s[hi - 1]) { hi -= 1 }
        guard hi - lo >= 4, s[lo] == "{", s[lo + 1] == "%", s[hi - 2] == "%", s[hi - 1] == "}" else {
            findings.append(ExpressionFinding(
                .jsonataDelimiters, "a JSONata expression must be written as '{% expression %}'", at: lo))
            return nil
        }
        if lo > 0 || hi < s.count {
            var finding = ExpressionFinding(
                .jsonataDelimiters,
                "whitespace around '{% … %}' makes Step Functions treat this string as a literal, not an expression",
                at: lo > 0 ? 0 : hi)
            finding.severity = .warning
            findings.append(finding)
            return nil
        }
        return lo + 2..<hi - 2
    }
}

extension String {
    func trimmingWhitespaceScalars() -> [Unicode.Scalar] {
        let all = Array(unicodeScalars)
        var lo = 0
        var hi = all.count
        while lo < hi, ScalarClass.isWhitespace(all[lo]) { lo += 1 }
        while hi > lo, ScalarClass.isWhitespace(all[hi - 1]) { hi -= 1 }
        return Array(all[lo..<hi])
    }
}
