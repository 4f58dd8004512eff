import ASLSource

/// One problem found inside an expression string.
///
/// `offset` counts Unicode scalars from the start of the checked string (for JSONata, the
/// whole field text including `{%`), so the caller adds it to the string's first column.
public struct ExpressionFinding: Hashable, Sendable {
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var offset: Int

    public init(ruleID: String, severity: Severity, message: String, offset: Int) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.offset = offset
    }

    init(_ rule: ExpressionRule, _ message: String, at offset: Int) {
        self.init(ruleID: rule.rawValue, severity: rule.defaultSeverity, message: message, offset: offset)
    }
}

/// A read of a workflow variable (`$name`), for the caller's data-flow analysis.
public struct VariableRead: Hashable, Sendable {
    /// The name without the leading `$`.
    public var name: String
    /// Offset of the `$` in Unicode scalars from the start of the checked string.
    public var offset: Int

    public init(name: String, offset: Int) {
        self.name = name
        self.offset = offset
    }
}
