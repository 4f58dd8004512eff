/// What a key of a Choice rule is to the expression scan: a nested-rule list, a nested rule,
/// a Reference Path operand (`Variable` or an operator ending in `Path`), or anything else.
enum ChoiceRuleKey: Equatable {
    case andOr
    case not
    case operand
    case other

    /// Classified by length first: most keys (`StringEquals`, `Next`) are then compared with
    /// no name at all, only tested for the `Path` suffix.
    init(_ key: String) {
        switch key.utf8.count {
        case 2: self = key == "Or" ? .andOr : .other
        case 3: self = key == "And" ? .andOr : key == "Not" ? .not : .other
        case 8 where key == "Variable": self = .operand
        default: self = ExpressionScan.endsInPath(key) ? .operand : .other
        }
    }
}
