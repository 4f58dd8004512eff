import ASLLoad
import ASLSource

/// Reads Choice rules into condition trees. Boolean combinators nest; the depth is bounded by
/// the reader's nesting limit.
struct ChoiceBuilder {
    let language: QueryLanguage
    let links: DocumentLinks

    /// Every JSONPath comparison operator of the specification, without the `Path` variants,
    /// which are derived by appending `Path`.
    static let comparisonOperators: [String] = [
        "StringEquals", "StringLessThan", "StringGreaterThan", "StringLessThanEquals", "StringGreaterThanEquals",
        "StringMatches", "NumericEquals", "NumericLessThan", "NumericGreaterThan", "NumericLessThanEquals",
        "NumericGreaterThanEquals", "BooleanEquals", "TimestampEquals", "TimestampLessThan", "TimestampGreaterThan",
        "TimestampLessThanEquals", "TimestampGreaterThanEquals", "IsNull", "IsPresent", "IsNumeric", "IsString",
        "IsBoolean", "IsTimestamp",
    ]

    static let allOperators: Set<String> = Set(
        comparisonOperators + comparisonOperators.filter { !$0.hasPrefix("Is") && $0 != "StringMatches" }.map { $0 + "Path" })

    func choice(_ node: LocatedNode) -> ChoiceState {
        let rules = (node["Choices"]?.arrayValue ?? []).enumerated().map { index, rule in
            ChoiceRule(condition: condition(rule), next: rule.locatedString("Next"), index: index, node: links.link(rule))
        }
        return ChoiceState(rules: rules, defaultTarget: node.locatedString("Default"))
    }

    func condition(_ node: LocatedNode) -> ChoiceCondition {
        let fields = RuleFields(node)
        if let condition = fields.condition {
            if let s = condition.stringValue { return .jsonata(s) }
            if let b = condition.boolValue { return .jsonata(b ? "true" : "false") }
            return .malformed
        }
        if let items = fields.and?.arrayValue { return .and(items.map(condition)) }
        if let items = fields.or?.arrayValue { return .or(items.map(condition)) }
        if let inner = fields.not, inner.members != nil { return .not(condition(inner)) }
        guard let variable = fields.variable?.stringValue, let op = fields.comparison else { return .malformed }
        return .comparison(variable: variable, operator: op.key, operand: Self.operandText(op.value))
    }

    /// The members of one rule, found in one pass instead of one search each (the reader keeps
    /// only the first of duplicate keys, and so does this).
    private struct RuleFields {
        var condition: LocatedNode?
        var and: LocatedNode?
        var or: LocatedNode?
        var not: LocatedNode?
        var variable: LocatedNode?
        /// The first member, in document order, named by a comparison operator.
        var comparison: LocatedNode.Member?

        init(_ node: LocatedNode) {
            guard let members = node.members else { return }
            for index in members.indices {
                let key = members.key(at: index)
                switch key {
                case "Condition": if condition == nil { condition = members.value(at: index) }
                case "And": if and == nil { and = members.value(at: index) }
                case "Or": if or == nil { or = members.value(at: index) }
                case "Not": if not == nil { not = members.value(at: index) }
                case "Variable": if variable == nil { variable = members.value(at: index) }
                case "Next", "Comment", "Assign", "Output": break
                default:
                    if comparison == nil, ChoiceBuilder.allOperators.contains(key) { comparison = members[index] }
                }
            }
        }
    }

    static func operandText(_ node: LocatedNode) -> String {
        switch node.value {
        case .string(let s): "\"\(s)\""
        case .number(let n): n.text
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        case .array, .object: "…"
        }
    }
}
