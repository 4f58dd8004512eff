/// What the diff assumes and checks: the same assumptions and budgets as `aslkit audit`.
public struct DiffOptions: Sendable {
    public var assumptions: Assumptions
    /// Budgets whose breaking (held by the base, broken by the head) is reported.
    public var budgets: Budgets
    /// Rule levels, applied to both versions' findings as `validate` applies them.
    public var rules: RuleSettings

    public init(
        assumptions: Assumptions = Assumptions(), budgets: Budgets = Budgets(), rules: RuleSettings = RuleSettings()
    ) {
        self.assumptions = assumptions
        self.budgets = budgets
        self.rules = rules
    }
}
