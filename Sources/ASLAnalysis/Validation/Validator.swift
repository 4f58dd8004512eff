import ASLLoad
import ASLModel
import ASLSource

/// Runs every check of the catalogue on one machine.
public enum Validator {
    /// The findings of every check, less those the machine's `aslkit-ignore:` directives
    /// silence, at the levels `rules` sets (the settings file and `--ignore`).
    ///
    /// A machine of `concurrentChecksThreshold` states or more has its checks spread over the
    /// cores (costliest first, see `RuleCatalogue.checksByCost`); a smaller one runs them one
    /// after another, where a hand-off to another thread costs more than it saves. Every view
    /// into the document once counted a reference to its arena, and two cores contending for
    /// that count made the checks slower on two threads than on one; views now borrow their
    /// parent's reference, so the checks of one large machine take the same CPU on two threads.
    public static func validate(
        _ machine: StateMachine, file: String, isExpress: Bool = false, rules: RuleSettings = RuleSettings()
    ) -> [Diagnostic] {
        let context = ValidationContext(machine: machine, file: file, isExpress: isExpress)
        // Sized once and sorted in place: no spare capacity from growing, no sorted copy. The
        // check with the most findings (a warning on each of 50,000 states) lends its array,
        // and each other check's is freed once copied: no finding is held twice for long.
        var perCheck = RuleCatalogue.checksByCost.concurrentMap(
            concurrently: machine.allStates.count >= concurrentChecksThreshold) { $0.run(context) }
        let total = perCheck.reduce(0) { $0 + $1.count }
        let largest = perCheck.indices.max { perCheck[$0].count < perCheck[$1].count } ?? 0
        var found: [Diagnostic] = []
        if !perCheck.isEmpty { swap(&found, &perCheck[largest]) }
        found.reserveCapacity(total)
        for index in perCheck.indices where index != largest {
            found.append(contentsOf: perCheck[index])
            perCheck[index] = []
        }
        // A large machine's graphs (arrays for every scope: 2.3 M instructions to free on the
        // mixed 0.79 MB machine) are freed on another thread, not before the findings go out.
        if machine.allStates.count >= concurrentChecksThreshold { releaseInBackground(consume context) }
        // Without findings there is nothing to silence: the directives are not read (a walk of
        // every state's `Comment`, after the checks, on one thread).
        guard !found.isEmpty else { return found }
        found.sort()
        return rules.apply(IgnoreDirectives(machine: machine).apply(found))
    }

    /// About the size where two threads start to pay off (a 500-state machine is ~0.1 MB).
    static let concurrentChecksThreshold = 500

    /// Convenience for a definition straight from the loader. A definition that is not an
    /// object is reported by `StructureCheck` like any other scope.
    public static func validate(
        definition: LocatedNode, file: String, isExpress: Bool = false, rules: RuleSettings = RuleSettings()
    ) -> [Diagnostic] {
        validate(StateMachineBuilder.build(definition), file: file, isExpress: isExpress, rules: rules)
    }
}
