import ASLLoad
import ASLModel
import ASLSource

/// What every check reads: the model, its graphs, and where it came from.
public struct ValidationContext: Sendable {
    public let machine: StateMachine
    public let graph: MachineGraph
    public let file: String
    public let isExpress: Bool

    public init(machine: StateMachine, file: String, isExpress: Bool) {
        self.machine = machine
        self.graph = MachineGraph(machine: machine)
        self.file = file
        self.isExpress = isExpress
    }

    public func diagnostic(
        _ rule: RuleDescription, _ message: String, at position: SourcePosition?, pointer: String,
        state: String? = nil, notes: [Diagnostic.Note] = []
    ) -> Diagnostic {
        Diagnostic(
            ruleID: rule.id, severity: rule.severity, message: message, file: file, position: position,
            pointer: pointer, stateName: state, notes: notes)
    }
}

/// One pure function from a model to findings, and the rules it reports under.
protocol Check: Sendable {
    static var rules: [RuleDescription] { get }
    func run(_ context: ValidationContext) -> [Diagnostic]
}
