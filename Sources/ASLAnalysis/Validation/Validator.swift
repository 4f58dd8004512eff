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
        // Sized once and sorted in place: no spare capacity from growing, no sorted copy. The
        // check with the most findings (a warning on each of 50,000 states) lends its array,
        // and each other check's is freed once copied: no finding is held twice for long.
        var perCheck = RuleCatalogue.checksByCost.map { $0.run(context) }
        let total = perCheck.reduce(0) { $0 + $1.count }
        let largest = perCheck.indices.max { perCheck[$0].count < perCheck[$1].count } ?? 0
        var found: [Diagnostic] = []
        if !perCheck.isEmpty { swap(&found, &perCheck[largest]) }
        found.reserveCapacity(total)
        for index in perCheck.indices where index != largest {
            found.append(contentsOf: perCheck[index])
            perCheck[index] = []
        }
        found.sort()
        return rules.apply(IgnoreDirectives(machine: machine).apply(found))
    }

    /// Convenience for a definition straight from the loader. A definition that is not an
    /// object is reported by `StructureCheck` like any other scope.
    public static func validate(
        definition: LocatedNode, file: String, isExpress: Bool = false, rules: RuleSettings = RuleSettings()
    ) -> [Diagnostic] {
        validate(StateMachineBuilder.build(definition), file: file, isExpress: isExpress, rules: rules)
    }
}
