import Foundation
import ASLModel

/// Readable one-line summaries of Choice conditions, e.g. `$.amount > 100`, for test paths and
/// coverage reports.
public enum ChoiceConditionText {
    public static func text(_ condition: ChoiceCondition) -> String {
        switch condition {
        case .comparison(let variable, let op, let operand):
            return comparison(variable: variable, op: op, operand: operand)
        case .and(let items):
            return items.isEmpty ? "true" : items.map(operandText).joined(separator: " and ")
        case .or(let items):
            return items.isEmpty ? "false" : items.map(operandText).joined(separator: " or ")
        case .not(let inner):
            return "not " + operandText(inner)
        case .jsonata(let expression):
            return stripDelimiters(expression)
        case .malformed:
            return "(malformed rule)"
        }
    }

    /// A nested combination in parentheses so `and`/`or` read unambiguously.
    private static func operandText(_ condition: ChoiceCondition) -> String {
        switch condition {
        case .and, .or, .not: "(\(text(condition)))"
        default: text(condition)
        }
    }

    private static let symbols: [(suffix: String, symbol: String)] = [
        ("LessThanEquals", "<="), ("GreaterThanEquals", ">="), ("LessThan", "<"), ("GreaterThan", ">"),
        ("Equals", "=="),
    ]

    private static let typeTests: [String: String] = [
        "IsNull": "null", "IsPresent": "present", "IsNumeric": "numeric", "IsString": "a string",
        "IsBoolean": "a boolean", "IsTimestamp": "a timestamp",
    ]

    static func comparison(variable: String, op: String, operand: String) -> String {
        if let noun = typeTests[op] {
            return operand == "false" ? "\(variable) is not \(noun)" : "\(variable) is \(noun)"
        }
        let isPath = op.hasSuffix("Path")
        let base = isPath ? String(op.dropLast(4)) : op
        let right = isPath && operand.hasPrefix("\"") && operand.hasSuffix("\"") && operand.count >= 2
            ? String(operand.dropFirst().dropLast()) : operand
        if base == "StringMatches" { return "\(variable) matches \(right)" }
        let prefix = base.hasPrefix("Timestamp") ? "timestamp " : ""
        for (suffix, symbol) in symbols where base.hasSuffix(suffix) {
            return "\(prefix)\(variable) \(symbol) \(right)"
        }
        return "\(variable) \(op) \(right)"
    }

    private static func stripDelimiters(_ expression: String) -> String {
        var text = Substring(expression)
        if text.hasPrefix("{%") && text.hasSuffix("%}") && text.count >= 4 { text = text.dropFirst(2).dropLast(2) }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
