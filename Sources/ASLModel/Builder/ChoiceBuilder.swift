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
        node.withMembers { members in
            guard let members else { return .malformed }
            let fields = RuleFields(members)
            if let offset = fields.condition {
                return members.withValue(at: offset) { condition in
                    if let s = condition.stringValue { return .jsonata(s) }
                    if let b = condition.boolValue { return .jsonata(b ? "true" : "false") }
                    return .malformed
                }
            }
            if let items = members.read(fields.and, { $0.arrayValue }) { return .and(items.map(condition)) }
            if let items = members.read(fields.or, { $0.arrayValue }) { return .or(items.map(condition)) }
            if let inner = members.read(fields.not, { $0.isObject ? condition($0) : nil }) { return .not(inner) }
            guard let variable = members.read(fields.variable, { $0.stringValue }), let op = fields.comparison else { return .malformed }
            return .comparison(variable: variable, operator: members.key(at: op), operand: members.withValue(at: op, Self.operandText))
        }
    }

    /// The offsets of the members of one rule, found in one pass instead of one search each
    /// (the reader keeps only the first of duplicate keys, and so does this). Offsets, not
    /// views: a copy costs no count.
    private struct RuleFields {
        var condition: Int?
        var and: Int?
        var or: Int?
        var not: Int?
        var variable: Int?
        /// The first member, in document order, named by a comparison operator.
        var comparison: Int?

        init(_ members: LocatedNode.Members) {
            for index in members.indices {
                let key = members.key(at: index)
                // By length first: a string switch compared an operator key with all nine
                // names before the operator set was asked.
                switch key.utf8.count {
                case 9 where key == "Condition": if condition == nil { condition = index }
                case 3 where key == "And": if and == nil { and = index }
                case 2 where key == "Or": if or == nil { or = index }
                case 3 where key == "Not": if not == nil { not = index }
                case 8 where key == "Variable": if variable == nil { variable = index }
                case 4 where key == "Next", 7 where key == "Comment", 6 where key == "Assign", 6 where key == "Output": break
                default:
                    if comparison == nil, ChoiceBuilder.allOperators.contains(key) { comparison = index }
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
