import ASLSource

/// One name written by an `Assign` object, where its key is.
struct VariableAssignment: Hashable, Sendable {
    var name: String
    var position: SourcePosition
    var pointer: String
}

/// One read of `$name` in a path, intrinsic or JSONata expression.
struct VariableUse: Hashable, Sendable {
    var name: String
    var position: SourcePosition
    var pointer: String
}

/// Every variable a state reads and may assign. All reads of a state see the values from
/// before the state ran, whichever field they are in.
struct StateVariables: Hashable, Sendable {
    var reads: [VariableUse] = []
    /// The state's own `Assign`; `nil` when it has none.
    var assign: [VariableAssignment]?
    /// `Assign` of a Choice rule, by rule index; it replaces the state's `Assign` when the rule matches.
    var ruleAssigns: [Int: [VariableAssignment]] = [:]
    /// `Assign` of a Catcher, by catcher index; the only assignment along that Catch edge.
    var catcherAssigns: [Int: [VariableAssignment]] = [:]

    /// Every assignment the state holds, in field order.
    var allAssignments: [VariableAssignment] {
        if ruleAssigns.isEmpty && catcherAssigns.isEmpty { return assign ?? [] }
        return (assign ?? []) + ruleAssigns.keys.sorted().flatMap { ruleAssigns[$0]! }
            + catcherAssigns.keys.sorted().flatMap { catcherAssigns[$0]! }
    }
}

/// Variable reads and writes of a whole machine, indexed like `MachineGraph.scopes[s].scope.states[i]`.
struct VariableFacts: Sendable {
    var states: [[StateVariables]]

    init(scopeSizes: [Int]) {
        states = scopeSizes.map { [StateVariables](repeating: StateVariables(), count: $0) }
    }
}
