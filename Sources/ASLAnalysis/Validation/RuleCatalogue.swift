/// The one list of checks and rules. Adding a check here is all it takes for the README
/// table, the SARIF rules table and the example tests to include it.
public enum RuleCatalogue {
    static let checks: [any Check] = [
        StructureCheck(),
        TransitionCheck(),
        ReachabilityCheck(),
        StateNameCheck(),
        FieldSchemaCheck(),
        ErrorHandlingCheck(),
        ChoiceCheck(),
        ExpressCheck(),
        TaskResourceCheck(),
        MapAndParallelCheck(),
        TimestampCheck(),
        BestPracticeCheck(),
        ExpressionCheck(),
        IgnoreDirectiveCheck(),
    ]

    /// The checks with the costliest first, the order in which they are handed to the cores:
    /// started last, a long check would finish long after the others.
    static let checksByCost: [any Check] = checks.filter { type(of: $0).isCostly } + checks.filter { !type(of: $0).isCostly }

    /// Every rule, in catalogue order.
    public static var rules: [RuleDescription] {
        var seen = Set<String>()
        return checks.flatMap { type(of: $0).rules }.filter { seen.insert($0.id).inserted }
    }

    /// Every rule including those of the loading stage: what the SARIF table and README list.
    public static var allRules: [RuleDescription] { InputRules.all + rules }

    public static func rule(id: String) -> RuleDescription? { allRules.first { $0.id == id } }
}
