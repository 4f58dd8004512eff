/// One finding about one place in one file: the unit every stage reports and every output
/// format prints.
public struct Diagnostic: Hashable, Sendable {
    /// A related place, such as the first definition of a duplicated name.
    public struct Note: Hashable, Sendable {
        public var message: String
        public var position: SourcePosition?

        public init(message: String, position: SourcePosition? = nil) {
            self.message = message
            self.position = position
        }
    }

    /// Stable, kebab-case rule id such as `transition-target-missing`.
    public var ruleID: String
    public var severity: Severity
    public var message: String
    /// The file as the user named it (relative paths stay relative).
    public var file: String
    public var position: SourcePosition?
    /// JSON-pointer-like path to the offending field, e.g. `/States/Charge/Retry/0/BackoffRate`.
    public var pointer: String
    /// The state the finding is about, when there is one.
    public var stateName: String?
    public var notes: [Note]

    public init(
        ruleID: String,
        severity: Severity,
        message: String,
        file: String,
        position: SourcePosition?,
        pointer: String = "",
        stateName: String? = nil,
        notes: [Note] = []
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.file = file
        self.position = position
        self.pointer = pointer
        self.stateName = stateName
        self.notes = notes
    }
}

extension Diagnostic: Comparable {
    /// Document order: file, then position (unpositioned first), then rule id and message,
    /// so that sorted output is the same on every run.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        let lp = lhs.position ?? SourcePosition(line: 0, column: 0)
        let rp = rhs.position ?? SourcePosition(line: 0, column: 0)
        if lp != rp { return lp < rp }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        if lhs.pointer != rhs.pointer { return lhs.pointer < rhs.pointer }
        return lhs.message < rhs.message
    }
}
