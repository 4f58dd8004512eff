import ASLLoad
import ASLSource

/// A Choice rule's condition, kept as a tree so pictures and reports can summarise it.
///
/// Only `not` is `indirect` (the arrays of `and` and `or` are indirection enough): a condition
/// is then stored in its rule or array, where an `indirect enum` made a box for every one
/// (two fifths of what a Choice state's rules cost).
public enum ChoiceCondition: Hashable, Sendable {
    /// `Variable` compared by `operator` (e.g. `NumericGreaterThan`) with `operand`, written as
    /// the literal's JSON text or the path for `…Path` operators.
    case comparison(variable: String, operator: String, operand: String)
    case and([ChoiceCondition])
    case or([ChoiceCondition])
    indirect case not(ChoiceCondition)
    /// A JSONata `Condition` (an expression or a boolean literal).
    case jsonata(String)
    /// A rule too malformed to summarise; the validator reports why.
    case malformed
}

public struct ChoiceRule: Hashable, Sendable {
    public var condition: ChoiceCondition
    /// `next` as its two parts (a packed position) and the index in 32 bits, after the node:
    /// 96 bytes a rule instead of 112.
    private var nextName: String?
    private var nextPosition: PackedPosition
    public var node: LocatedNode
    private var storedIndex: Int32

    public init(condition: ChoiceCondition, next: Located<String>?, index: Int, node: LocatedNode) {
        self.condition = condition
        nextName = next?.value
        nextPosition = PackedPosition(next?.position)
        self.node = node
        // A document's arrays have fewer than 2^31 elements.
        storedIndex = Int32(clamping: index)
    }

    public var index: Int {
        get { Int(storedIndex) }
        set { storedIndex = Int32(clamping: newValue) }
    }

    public var next: Located<String>? {
        get { nextName.map { Located($0, at: nextPosition.unpacked) } }
        set {
            nextName = newValue?.value
            nextPosition = PackedPosition(newValue?.position)
        }
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
