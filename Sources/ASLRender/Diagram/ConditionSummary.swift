import ASLModel
import Foundation

/// A Choice rule's condition as short readable text: `$.amount > 100`, `not $.x present`,
/// `$.a == "gold" and $.b ≤ 3`, or a JSONata condition without its `{% %}`.
public enum ConditionSummary {
    public static func text(_ condition: ChoiceCondition) -> String {
        // Iterative post-order over the condition tree (rules may nest deeply).
        enum Step { case visit(ChoiceCondition, nested: Bool), combine(String, Int, nested: Bool), negate(nested: Bool) }
        var steps: [Step] = [.visit(condition, nested: false)]
        var results: [String] = []
        while let step = steps.popLast() {
            switch step {
            case .visit(let c, let nested):
                switch c {
                case .comparison(let variable, let op, let operand):
                    results.append(comparison(variable, op, operand))
                case .jsonata(let expression):
                    results.append(stripJSONata(expression))
                case .malformed:
                    results.append("(invalid rule)")
                case .not(let inner):
                    steps.append(.negate(nested: nested))
                    steps.append(.visit(inner, nested: true))
                case .and(let parts), .or(let parts):
                    let word: String
                    if case .and = c { word = "and" } else { word = "or" }
                    steps.append(.combine(word, parts.count, nested: nested))
                    for part in parts.reversed() { steps.append(.visit(part, nested: true)) }
                }
            case .combine(let word, let count, let nested):
                let parts = Array(results.suffix(count))
                results.removeLast(count)
                let joined = parts.isEmpty ? "(empty \(word))" : parts.joined(separator: " \(word) ")
                results.append(nested && count > 1 ? "(\(joined))" : joined)
            case .negate:
                let inner = results.removeLast()
                results.append("not " + inner)
            }
        }
        return results.last ?? ""
    }

    /// `text` cut to `limit` characters with an ellipsis.
    public static func short(_ condition: ChoiceCondition, limit: Int = 40) -> String {
        Abbreviation.cut(text(condition), limit: limit)
    }

    static func comparison(_ variable: String, _ op: String, _ operand: String) -> String {
        let isTrue = operand == "true"
        switch op {
        case "IsPresent": return "\(variable) \(isTrue ? "present" : "absent")"
        case "IsNull": return "\(variable) \(isTrue ? "is" : "is not") null"
        case "IsString", "IsNumeric", "IsBoolean", "IsTimestamp":
            return "\(variable) \(isTrue ? "is" : "is not") \(op.dropFirst(2).lowercased())"
        default: break
        }
        let isPath = op.hasSuffix("Path")
        let base = isPath ? String(op.dropLast(4)) : op
        // The model keeps a string operand in quotes; a `…Path` operand is a path, not a literal.
        let operand = isPath && operand.count >= 2 && operand.hasPrefix("\"") && operand.hasSuffix("\"") ? String(operand.dropFirst().dropLast()) : operand
        let symbols: [(String, String)] = [
            ("GreaterThanEquals", "≥"), ("LessThanEquals", "≤"), ("GreaterThan", ">"), ("LessThan", "<"),
            ("Equals", "=="), ("Matches", "matches"),
        ]
        for (suffix, symbol) in symbols where base.hasSuffix(suffix) {
            return "\(variable) \(symbol) \(operand)"
        }
        return "\(variable) \(op) \(operand)"
    }

    static func stripJSONata(_ expression: String) -> String {
        var text = expression.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("{%"), text.hasSuffix("%}"), text.count >= 4 {
            text = String(text.dropFirst(2).dropLast(2)).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return text
    }
}
