import ASLModel

/// What must happen at a state for an execution to take a given edge: which Choice rule must
/// match, or which error must be thrown for a Catch.
enum StepRequirement {
    static func text(for edge: FlowEdge, in scope: Scope) -> String {
        let state = scope.states[edge.from]
        switch edge.kind {
        case .next:
            return state.type?.acceptsErrorHandling == true ? "succeeds" : "Next"
        case .choiceRule(let index):
            guard let rule = state.choice?.rules.first(where: { $0.index == index }) else { return "rule \(index + 1) matches" }
            let earlier = index == 0 ? "" : index == 1 ? " (rule 1 does not)" : " (rules 1–\(index) do not)"
            return "rule \(index + 1) matches: \(ChoiceConditionText.text(rule.condition))\(earlier)"
        case .choiceDefault:
            return "no rule matches (Default)"
        case .catcher(let index):
            guard let catcher = state.catchers.first(where: { $0.index == index }) else { return "Catch \(index + 1)" }
            return "fails with \(errorList(catcher.errorNames))\(retryNote(state, catcher)) (Catch \(index + 1))"
        }
    }

    static func errorList(_ names: [String]) -> String {
        names.isEmpty ? "an error" : names.count == 1 ? names[0] : "one of " + names.joined(separator: ", ")
    }

    /// When a retrier also takes the caught error, the Catch fires only once retries run out.
    private static func retryNote(_ state: State, _ catcher: Catcher) -> String {
        let retried = catcher.errorNames.contains { name in
            state.retriers.contains { ErrorNames.covers(Set($0.errorNames), name) && $0.maxAttempts > 0 }
        }
        return retried ? " after its retries are exhausted" : ""
    }

    static func endingText(_ ending: Termination) -> String {
        switch ending {
        case .succeeds: "ends the scope (success)"
        case .fails: "ends the scope (failure)"
        }
    }
}
