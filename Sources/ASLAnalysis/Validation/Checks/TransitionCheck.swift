import ASLLoad
import ASLModel
import ASLSource

/// Every `Next`, `Default` and Catcher `Next` must name a state of the same scope.
struct TransitionCheck: Check {
    static let targetMissing = RuleDescription(
        id: "transition-target-missing", title: "Transition to a missing state", category: .structure, severity: .error,
        summary: "A `Next`, `Default` or Catcher `Next` names a state that does not exist anywhere in the machine.",
        rationale: "The execution fails with `No such state` when it takes this transition.",
        awsCode: "MISSING_TRANSITION_TARGET",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Missing"}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Succeed"}}}"#])
    static let crossesScope = RuleDescription(
        id: "transition-crosses-scope", title: "Transition across a scope boundary", category: .structure,
        severity: .error,
        summary: "A transition targets a state that exists, but in another scope (into or out of a Parallel branch or Map processor).",
        rationale: "States may only transition within their own `States` object; branches and iterations are sealed.",
        awsCode: "MISSING_TRANSITION_TARGET",
        triggering: [
            #"{"StartAt": "P", "States": {"P": {"Type": "Parallel", "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Pass", "Next": "Done"}}}], "Next": "Done"}, "Done": {"Type": "Succeed"}}}"#
        ],
        passing: [
            #"{"StartAt": "P", "States": {"P": {"Type": "Parallel", "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}], "Next": "Done"}, "Done": {"Type": "Succeed"}}}"#
        ])

    static let rules = [targetMissing, crossesScope]

    func run(_ context: ValidationContext) -> [Diagnostic] {
        // Only a dangling target needs to know which scope holds each name.
        guard context.graph.scopes.contains(where: { !$0.danglingTargets.isEmpty }) else { return [] }
        var scopeOfName: [String: String] = [:]
        for (scope, state) in context.machine.allStates where scopeOfName[state.name] == nil {
            scopeOfName[state.name] = scope.displayName
        }
        var found: [Diagnostic] = []
        for graph in context.graph.scopes {
            for dangling in graph.danglingTargets {
                let state = graph.scope.states[dangling.state]
                if let other = scopeOfName[dangling.target] {
                    found.append(context.diagnostic(
                        Self.crossesScope,
                        "State \"\(state.name)\" transitions to \"\(dangling.target)\", which belongs to the \(other), not the \(graph.scope.displayName); transitions cannot leave or enter a Parallel branch or Map processor.",
                        at: dangling.position, pointer: state.pointer, state: state.name))
                } else {
                    found.append(context.diagnostic(
                        Self.targetMissing,
                        "State \"\(state.name)\" transitions to \"\(dangling.target)\", which is not a state\(Self.suggestion(dangling.target, in: graph.scope)).",
                        at: dangling.position, pointer: state.pointer, state: state.name))
                }
            }
        }
        return found
    }

    /// "; did you mean …?" for a name differing only in case or whitespace.
    static func suggestion(_ target: String, in scope: Scope) -> String {
        let key = target.lowercased().filter { !$0.isWhitespace }
        guard let match = scope.states.first(where: { $0.name.lowercased().filter { !$0.isWhitespace } == key }) else { return "" }
        return "; did you mean \"\(match.name)\"?"
    }
}
