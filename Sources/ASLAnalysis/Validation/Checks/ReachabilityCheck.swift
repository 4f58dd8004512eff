import ASLModel
import ASLSource

/// Reachability by a real search from `StartAt`, not by counting references: a state
/// referenced only by unreachable states is unreachable too.
struct ReachabilityCheck: Check {
    static let unreachable = RuleDescription(
        id: "state-unreachable", title: "Unreachable state", category: .structure, severity: .error,
        summary: "No sequence of transitions from the scope's `StartAt` reaches this state.",
        rationale: "Step Functions rejects definitions with unreachable states, and dead states mislead readers.",
        awsCode: "UNREACHABLE_STATE",
        triggering: [
            #"{"StartAt": "A", "States": {"A": {"Type": "Succeed"}, "B": {"Type": "Pass", "Next": "C"}, "C": {"Type": "Pass", "Next": "B"}}}"#
        ],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Succeed"}}}"#])
    static let cannotTerminate = RuleDescription(
        id: "state-cannot-terminate", title: "State can never finish", category: .structure, severity: .error,
        summary: "No terminal state (End, Succeed or Fail) can be reached from this reachable state: a loop with no way out.",
        rationale: "An execution that enters it runs until the machine's timeout (up to a year) and is billed for every transition.",
        triggering: [
            #"{"StartAt": "A", "States": {"A": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Loop"}], "Default": "Done"}, "Loop": {"Type": "Wait", "Seconds": 5, "Next": "Loop"}, "Done": {"Type": "Succeed"}}}"#
        ],
        passing: [
            #"{"StartAt": "A", "States": {"A": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Loop"}], "Default": "Done"}, "Loop": {"Type": "Wait", "Seconds": 5, "Next": "A"}, "Done": {"Type": "Succeed"}}}"#
        ])

    static let rules = [unreachable, cannotTerminate]

    func run(_ context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // Graphs lent and states read by index: a copy of a graph counted seven references.
        let graphs = context.graph.scopes
        for index in graphs.indices where graphs[index].start != nil { check(graphs[index], context, into: &found) }
        return found
    }

    private func check(_ graph: ScopeGraph, _ context: ValidationContext, into found: inout [Diagnostic]) {
        let reachable = graph.reachableFromStart()
        let finishes = graph.canReachTermination()
        // A missing target is the root cause there; do not pile a second finding on it.
        let hasTerminal = graph.termination.contains { $0 != nil } && graph.danglingTargets.isEmpty
        let states = graph.scope.states
        for i in states.indices where !reachable[i] || (hasTerminal && !finishes[i]) {
            let state = states[i]
            if !reachable[i] {
                found.append(context.diagnostic(
                    Self.unreachable,
                    "State \"\(state.name)\" is never reached from \"\(graph.scope.startAt?.value ?? "")\", the start of the \(graph.scope.displayName).",
                    at: state.namePosition, pointer: state.pointer, state: state.name))
            } else if hasTerminal, !finishes[i], state.type != nil {
                found.append(context.diagnostic(
                    Self.cannotTerminate,
                    "State \"\(state.name)\" can never reach an End, Succeed or Fail state; an execution that gets here loops until it times out.",
                    at: state.namePosition, pointer: state.pointer, state: state.name))
            }
        }
    }
}
