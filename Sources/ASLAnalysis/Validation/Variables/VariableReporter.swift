import ASLSource

/// Turns variable findings into diagnostics with one message style.
struct VariableReporter {
    let file: String
    var diagnostics: [Diagnostic] = []

    private mutating func add(_ rule: RuleDescription, _ message: String, _ position: SourcePosition, _ pointer: String, _ state: String) {
        diagnostics.append(Diagnostic(
            ruleID: rule.id, severity: rule.severity, message: message, file: file, position: position, pointer: pointer,
            stateName: state))
    }

    mutating func undefined(_ read: VariableUse, state: String, distributed: Bool) {
        let why = distributed
            ? "; it is assigned outside a Distributed Map, whose iterations cannot read outer variables"
            : " in this scope or an enclosing one"
        add(VariableRules.undefined, "`$\(read.name)` is read but never assigned\(why).", read.position, read.pointer, state)
    }

    mutating func maybeUnassigned(_ read: VariableUse, state: String) {
        add(VariableRules.maybeUnassigned, "`$\(read.name)` may be read before it is assigned: some path from the start reaches \"\(state)\" without assigning it.", read.position, read.pointer, state)
    }

    mutating func assignsOuter(_ assignment: VariableAssignment, outer: String, state: String) {
        add(VariableRules.assignsOuter, "`\(assignment.name)` belongs to the \(outer); a branch or iteration may read it but not assign it.", assignment.position, assignment.pointer, state)
    }

    mutating func invalidName(_ assignment: VariableAssignment, problem: String, state: String) {
        add(VariableRules.nameInvalid, "`\(assignment.name)` is not a valid variable name: \(problem).", assignment.position, assignment.pointer, state)
    }

    mutating func unused(_ assignment: VariableAssignment, state: String) {
        add(VariableRules.unused, "`\(assignment.name)` is assigned but never read.", assignment.position, assignment.pointer, state)
    }
}
