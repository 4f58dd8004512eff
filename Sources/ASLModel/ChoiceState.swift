import ASLLoad
import ASLSource

/// A Choice rule's condition, kept as a tree so pictures and reports can summarise it.
public indirect enum ChoiceCondition: Hashable, Sendable {
    /// `Variable` compared by `operator` (e.g. `NumericGreaterThan`) with `operand`, written as
    /// the literal's JSON text or the path for `…Path` operators.
    case comparison(variable: String, operator: String, operand: String)
    case and([ChoiceCondition])
    case or([ChoiceCondition])
    case not(ChoiceCondition)
    /// A JSONata `Condition` (an expression or a boolean literal).
    case jsonata(String)
    /// A rule too malformed to summarise; the validator reports why.
    case malformed
}

public struct ChoiceRule: Hashable, Sendable {
    public var condition: ChoiceCondition
    public var next: Located<String>?
    public var index: Int
    public var node: LocatedNode

    public init(condition: ChoiceCondition, next: Located<String>?, index: Int, node: LocatedNode) {
        self.condition = condition
        self.next = next
        self.index = index
        self.node = node
    }
}

public struct ChoiceState: Hashable, Sendable {
    public var rules: [ChoiceRule]
    public var defaultTarget: Located<String>?

    public init(rules: [ChoiceRule], defaultTarget: Located<String>?) {
        self.rules = rules
        self.defaultTarget = defaultTarget
    }
}
