import ASLLoad
import ASLModel
import ASLSource

/// Runs every check of the catalogue on one machine.
public enum Validator {
    public static func validate(_ machine: StateMachine, file: String, isExpress: Bool = false) -> [Diagnostic] {
        let context = ValidationContext(machine: machine, file: file, isExpress: isExpress)
        return RuleCatalogue.checks.flatMap { $0.run(context) }.sorted()
    }

    /// Convenience for a definition straight from the loader. A definition that is not an
    /// object is reported by `StructureCheck` like any other scope.
    public static func validate(definition: LocatedNode, file: String, isExpress: Bool = false) -> [Diagnostic] {
        validate(StateMachineBuilder.build(definition), file: file, isExpress: isExpress)
    }
}
