import ASLLoad
import ASLModel
import ASLSource

/// Runs every check of the catalogue on one machine.
public enum Validator {
    /// The findings of every check, less those the machine's `aslkit-ignore:` directives
    /// silence, at the levels `rules` sets (the settings file and `--ignore`).
    ///
    /// One machine's checks run one after another. They read one document, and every view into
    /// it counts a reference to the document's arena: on two cores at once that count became
    /// the bottleneck (a 50,000-state chain took 0.79 s of CPU on two threads, 0.44 s on one,
    /// in the same wall time). Files and machines still run concurrently (`ValidationRunner`).
    public static func validate(
        _ machine: StateMachine, file: String, isExpress: Bool = false, rules: RuleSettings = RuleSettings()
    ) -> [Diagnostic] {
        let context = ValidationContext(machine: machine, file: file, isExpress: isExpress)
        // Sized once and sorted in place: no spare capacity from growing, no sorted copy.
        let perCheck = RuleCatalogue.checksByCost.map { $0.run(context) }
        var found: [Diagnostic] = []
        found.reserveCapacity(perCheck.reduce(0) { $0 + $1.count })
        for findings in perCheck { found.append(contentsOf: findings) }
        found.sort()
        return rules.apply(IgnoreDirectives(machine: machine).apply(found))
    }

    /// Convenience for a definition straight from the loader. A definition that is not an
    /// object is reported by `StructureCheck` like any other scope.
    public static func validate(definition: LocatedNode, file: String, isExpress: Bool = false) -> [Diagnostic] {
        validate(StateMachineBuilder.build(definition), file: file, isExpress: isExpress)
    }
}
