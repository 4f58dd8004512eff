import ASLLoad
import ASLModel
import ASLSource

/// The skeleton every scope needs: `StartAt` naming a state, a non-empty `States` object,
/// a known `Type` on every state, and at least one state that ends the scope.
struct StructureCheck: Check {
    static let definitionNotObject = RuleDescription(
        id: "definition-not-object", title: "Definition is not an object", category: .structure, severity: .error,
        summary: "The definition (or a Parallel branch or Map processor) is not a JSON object.",
        rationale: "Nothing else can be checked until the top level has the shape of a state machine.",
        awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Parallel", "Branches": [1], "End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}"#])
    static let startAtMissing = RuleDescription(
        id: "start-at-missing", title: "StartAt missing", category: .structure, severity: .error,
        summary: "A scope has no `StartAt` string.",
        rationale: "Step Functions cannot know which state runs first.", awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"States": {"A": {"Type": "Succeed"}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}"#])
    static let startAtTargetMissing = RuleDescription(
        id: "start-at-target-missing", title: "StartAt names no state", category: .structure, severity: .error,
        summary: "`StartAt` names a state that is not in the same `States` object.",
        rationale: "The execution would fail before its first step.", awsCode: "MISSING_TRANSITION_TARGET",
        triggering: [#"{"StartAt": "B", "States": {"A": {"Type": "Succeed"}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}"#])
    static let statesMissing = RuleDescription(
        id: "states-missing", title: "States missing or empty", category: .structure, severity: .error,
        summary: "A scope has no `States` object, or it is empty.",
        rationale: "A state machine, branch or iteration needs at least one state.", awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"StartAt": "A", "States": {}}"#, #"{"StartAt": "A"}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}"#])
    static let stateTypeInvalid = RuleDescription(
        id: "state-type-invalid", title: "Unknown state type", category: .structure, severity: .error,
        summary: "A state has no `Type`, or one that is not one of the eight state types.",
        rationale: "The type decides which fields are allowed and how the state behaves.",
        awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Lambda", "End": true}}}"#, #"{"StartAt": "A", "States": {"A": {"End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}"#])
    static let stateNotObject = RuleDescription(
        id: "state-not-object", title: "State is not an object", category: .structure, severity: .error,
        summary: "A member of `States` is not a JSON object.",
        rationale: "Each state is an object with at least a `Type`.", awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"StartAt": "A", "States": {"A": "Pass"}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}"#])
    static let scopeNoTerminal = RuleDescription(
        id: "scope-no-terminal", title: "No terminal state", category: .structure, severity: .error,
        summary: "A scope has no state that can end it (`End: true`, Succeed or Fail).",
        rationale: "Such a machine, branch or iteration could never finish.", awsCode: "MISSING_END_STATE",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "Next": "A"}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Succeed"}}}"#])

    static let rules = [
        definitionNotObject, startAtMissing, startAtTargetMissing, statesMissing, stateTypeInvalid, stateNotObject,
        scopeNoTerminal,
    ]

    func run(_ context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // Each graph lent by index: a copy of a graph counted seven references.
        let graphs = context.graph.scopes
        for index in graphs.indices {
            found += checkScope(graphs[index], context)
        }
        return found
    }

    private func checkScope(_ graph: ScopeGraph, _ context: ValidationContext) -> [Diagnostic] {
        let scope = graph.scope
        let scopeStates = scope.states
        var found: [Diagnostic] = []
        // Built only for a finding: most scopes have none, and a mixed machine has thousands.
        var where_: String { scope.kind == .root ? "The state machine" : "The \(scope.displayName)" }
        if !scope.node.isObject {
            return [context.diagnostic(Self.definitionNotObject, "\(where_) must be an object, found \(scope.node.kindName).", at: scope.node.position, pointer: scope.pointer)]
        }
        if let startAt = scope.node.member("StartAt") {
            if startAt.value.stringValue == nil {
                found.append(context.diagnostic(Self.startAtMissing, "`StartAt` must be a string, found \(startAt.value.kindName).", at: startAt.value.position, pointer: JSONPointer.appending(scope.pointer, "StartAt")))
            } else if let name = scope.startAt, graph.start == nil, !scopeStates.isEmpty {
                found.append(context.diagnostic(Self.startAtTargetMissing, "`StartAt` names \"\(name.value)\", which is not a state of the \(scope.displayName).", at: name.position, pointer: JSONPointer.appending(scope.pointer, "StartAt")))
            }
        } else {
            found.append(context.diagnostic(Self.startAtMissing, "\(where_) has no `StartAt` field.", at: scope.node.position, pointer: scope.pointer))
        }
        var statesPointer: String { JSONPointer.appending(scope.pointer, "States") }
        if let states = scope.node.member("States") {
            if states.value.members == nil {
                found.append(context.diagnostic(Self.statesMissing, "`States` must be an object, found \(states.value.kindName).", at: states.value.position, pointer: statesPointer))
            } else if scopeStates.isEmpty {
                found.append(context.diagnostic(Self.statesMissing, "`States` is empty; \(where_.lowercased()) needs at least one state.", at: states.value.position, pointer: statesPointer))
            }
        } else {
            found.append(context.diagnostic(Self.statesMissing, "\(where_) has no `States` object.", at: scope.node.position, pointer: scope.pointer))
        }
        for index in scopeStates.indices {
            let state = scopeStates[index]
            if !state.withNode({ $0.isObject }) {
                found.append(context.diagnostic(Self.stateNotObject, "State \"\(state.name)\" must be an object, found \(state.node.kindName).", at: state.node.position, pointer: state.pointer, state: state.name))
            } else if state.type == nil {
                if let type = state.node.member("Type") {
                    let shown = type.value.stringValue.map { "\"\($0)\"" } ?? type.value.kindName
                    found.append(context.diagnostic(Self.stateTypeInvalid, "State \"\(state.name)\" has type \(shown); expected one of \(StateType.allCases.map(\.rawValue).joined(separator: ", ")).", at: type.value.position, pointer: JSONPointer.appending(state.pointer, "Type"), state: state.name))
                } else {
                    found.append(context.diagnostic(Self.stateTypeInvalid, "State \"\(state.name)\" has no `Type` field.", at: state.namePosition, pointer: state.pointer, state: state.name))
                }
            }
        }
        let typed = scopeStates.allSatisfy { $0.type != nil }
        if typed, !scopeStates.isEmpty, !graph.termination.contains(where: { $0 != nil }) {
            found.append(context.diagnostic(Self.scopeNoTerminal, "\(where_) has no state that ends it: add `\"End\": true`, a Succeed or a Fail state.", at: scope.node.member("States")?.value.position ?? scope.node.position, pointer: statesPointer))
        }
        return found
    }
}
