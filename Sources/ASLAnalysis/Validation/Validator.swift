import ASLLoad
import ASLModel
import ASLSource

/// Runs every check of the catalogue on one machine.
public enum Validator {
    /// Below this many states the checks run one after another: a machine of this size validates
    /// in under a millisecond, and most machines are far smaller. Chosen, not tuned.
    static let concurrencyThreshold = 200

    /// The findings of every check, less those the machine's `aslkit-ignore:` directives
    /// silence, at the levels `rules` sets (the settings file and `--ignore`).
    public static func validate(
        _ machine: StateMachine, file: String, isExpress: Bool = false, rules: RuleSettings = RuleSettings()
    ) -> [Diagnostic] {
        validate(
            machine, file: file, isExpress: isExpress, rules: rules,
            concurrently: machine.allStates.count >= concurrencyThreshold)
    }

    /// The checks are independent pure functions of one immutable context, so they can run on
    /// every core; the findings are sorted either way, so the output is the same.
    static func validate(
        _ machine: StateMachine, file: String, isExpress: Bool, rules: RuleSettings = RuleSettings(), concurrently: Bool
    ) -> [Diagnostic] {
        let context = ValidationContext(machine: machine, file: file, isExpress: isExpress)
        let found = RuleCatalogue.checksByCost.concurrentMap(concurrently: concurrently) { $0.run(context) }
        return rules.apply(IgnoreDirectives(machine: machine).apply(found.flatMap { $0 }.sorted()))
    }

    /// Convenience for a definition straight from the loader. A definition that is not an
    /// object is reported by `StructureCheck` like any other scope.
    public static func validate(definition: LocatedNode, file: String, isExpress: Bool = false) -> [Diagnostic] {
        validate(StateMachineBuilder.build(definition), file: file, isExpress: isExpress)
    }
}
