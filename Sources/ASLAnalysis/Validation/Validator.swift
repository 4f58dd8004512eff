import ASLLoad
import ASLModel
import ASLSource

/// Runs every check of the catalogue on one machine.
public enum Validator {
    public static func validate(_ machine: StateMachine, file: String, isExpress: Bool = false) -> [Diagnostic] {
        let context = ValidationContext(machine: machine, file: file, isExpress: isExpress)
        return RuleCatalogue.checks.flatMap { $0.run(context) }.sorted()
    }

    /// Convenience for a definition straight from the loader.
    public static func validate(definition: LocatedNode, file: String, isExpress: Bool = false) -> [Diagnostic] {
        if definition.members == nil {
            let rule = StructureCheck.definitionNotObject
            return [
                Diagnostic(
                    ruleID: rule.id, severity: rule.severity,
                    message: "A state machine definition must be a JSON object, found \(definition.kindName).",
                    file: file, position: definition.position)
            ]
        }
        return validate(StateMachineBuilder.build(definition), file: file, isExpress: isExpress)
    }
}
