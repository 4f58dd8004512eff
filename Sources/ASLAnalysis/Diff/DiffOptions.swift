import ASLLoad

/// What the diff assumes and checks: the same assumptions and budgets as `aslkit audit`.
public struct DiffOptions: Sendable {
    public var assumptions: Assumptions
    /// Budgets whose breaking (held by the base, broken by the head) is reported.
    public var budgets: Budgets
    /// Rule levels, applied to both versions' findings as `validate` applies them.
    public var rules: RuleSettings
    /// Whether directories are walked through links, and templates may name files outside the
    /// root (the git top level for `--git`).
    public var loading: LoadPolicy

    public init(
        assumptions: Assumptions = Assumptions(), budgets: Budgets = Budgets(), rules: RuleSettings = RuleSettings(),
        loading: LoadPolicy = LoadPolicy()
    ) {
        self.assumptions = assumptions
        self.budgets = budgets
        self.rules = rules
        self.loading = loading
    }
}
