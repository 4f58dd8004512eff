/// One JSONata token with the offset of its first scalar in the field text.
struct JSONataToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case string(String)
        case number(Double)
        /// A field name, a backtick name, or a word such as `and`, `true`, `function`.
        case name(String, quoted: Bool)
        /// `$name`; `""` for `$` and `"$"` for `$$`.
        case variable(String)
        /// Punctuation or an operator such as `.`, `:=`, `~>`.
        case op(String)
        case regex(pattern: String, flags: String)
        case end
    }

    var kind: Kind
    var offset: Int

    func isOp(_ symbol: String) -> Bool {
        if case .op(symbol) = kind { return true }
        return false
    }

    /// An unquoted name equal to `word`.
    func isWord(_ word: String) -> Bool {
        if case .name(word, false) = kind { return true }
        return false
    }

    var display: String {
        switch kind {
        case .string: "a string"
        case .number: "a number"
        case .name(let n, _): "'\(n)'"
        case .variable(let n): "'$\(n)'"
        case .op(let o): "'\(o)'"
        case .regex: "a regular expression"
        case .end: "the end of the expression"
        }
    }
}
