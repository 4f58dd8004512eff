import ASLModel
import ASLSource

/// The `aslkit-ignore:` directives of one machine, applied to its findings after every check
/// has run (the checks never see them).
struct IgnoreDirectives {
    private var everywhere: Set<String> = []
    private var byState: [String: Set<String>] = [:]

    init(machine: StateMachine) {
        if let comment = machine.comment { everywhere = Set(IgnoreDirective.parse(comment).map(\.rule)) }
        // By index, each state read in place: a copy of each (and of its scope) counted references.
        for index in machine.allStates.indices {
            guard let comment = machine.allStates[index].state.withNode({ $0["Comment"]?.stringValue }) else { continue }
            let rules = IgnoreDirective.parse(comment).map(\.rule)
            if !rules.isEmpty { byState[machine.allStates[index].state.name, default: []].formUnion(rules) }
        }
    }

    func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !everywhere.isEmpty || !byState.isEmpty else { return diagnostics }
        return diagnostics.filter { diagnostic in
            if everywhere.contains(diagnostic.ruleID) { return false }
            if let state = diagnostic.stateName, byState[state]?.contains(diagnostic.ruleID) == true { return false }
            return true
        }
    }
}
