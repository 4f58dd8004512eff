import ASLLoad
import ASLSource

/// Reads Choice rules into condition trees. Boolean combinators nest; the depth is bounded by
/// the reader's nesting limit.
struct ChoiceBuilder {
    let language: QueryLanguage

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
            ChoiceRule(condition: condition(rule), next: rule.locatedString("Next"), index: index, node: rule)
        }
        return ChoiceState(rules: rules, defaultTarget: node.locatedString("Default"))
    }

    func condition(_ node: LocatedNode) -> ChoiceCondition {
        if let condition = node["Condition"] {
            if let s = condition.stringValue { return .jsonata(s) }
            if let b = condition.boolValue { return .jsonata(b ? "true" : "false") }
            return .malformed
        }
        if let items = node["And"]?.arrayValue { return .and(items.map(condition)) }
        if let items = node["Or"]?.arrayValue { return .or(items.map(condition)) }
        if let inner = node["Not"], inner.members != nil { return .not(condition(inner)) }
        guard let variable = node["Variable"]?.stringValue,
            let op = node.members?.first(where: { Self.allOperators.contains($0.key) })
        else { return .malformed }
        return .comparison(variable: variable, operator: op.key, operand: Self.operandText(op.value))
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
