import ASLSource

/// Everything a user and a test need to know about one rule. The README's rule table and the
/// catalogue tests are generated from these values, so documentation and behaviour cannot
/// drift apart.
public struct RuleDescription: Hashable, Sendable {
    public enum Category: String, Hashable, Sendable, CaseIterable {
        case input = "Input"
        case structure = "Structure"
        case fields = "Fields"
        case errorHandling = "Error handling"
        case express = "Express"
        case expressions = "Expressions"
        case variables = "Variables"
        case bestPractice = "Best practice"
    }

    /// Stable kebab-case id, never reused for a different finding.
    public var id: String
    public var title: String
    public var category: Category
    public var severity: Severity
    /// One sentence saying what the rule reports.
    public var summary: String
    /// Why it matters.
    public var rationale: String
    /// The matching error code of AWS's ValidateStateMachineDefinition API, when there is one.
    public var awsCode: String?
    /// Definitions (ASL JSON) on which the rule must report at least once.
    public var triggering: [String]
    /// Definitions on which the rule must stay silent.
    public var passing: [String]
    /// Machine type the examples are checked as.
    public var examplesAreExpress: Bool

    public init(
        id: String, title: String, category: Category, severity: Severity, summary: String, rationale: String,
        awsCode: String? = nil, triggering: [String], passing: [String], examplesAreExpress: Bool = false
    ) {
        self.id = id
        self.title = title
        self.category = category
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.awsCode = awsCode
        self.triggering = triggering
        self.passing = passing
        self.examplesAreExpress = examplesAreExpress
    }
}
