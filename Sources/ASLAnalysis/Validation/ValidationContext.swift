import ASLLoad
import ASLModel
import ASLSource
import Foundation  // NSLock: `Mutex` (Synchronization) needs macOS 15, the package targets macOS 13.

/// What every check reads: the model, its graphs, and where it came from.
public struct ValidationContext: Sendable {
    public let machine: StateMachine
    public let file: String
    public let isExpress: Bool
    private let lazyGraph: LazyGraph

    /// The graphs of every scope, built by the first check that asks: half the checks never
    /// do, and while one check waits for the graphs, another can already walk the fields.
    public var graph: MachineGraph { lazyGraph.value }

    public init(machine: StateMachine, file: String, isExpress: Bool) {
        self.machine = machine
        self.lazyGraph = LazyGraph(machine: machine)
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
    /// Whether the check visits every field or expression of the machine (and so takes several
    /// times longer than one that looks at states and edges): such checks are started first.
    static var isCostly: Bool { get }
}

extension Check {
    static var isCostly: Bool { false }
}

/// A `MachineGraph` built once, on first use, by whichever thread asks first.
private final class LazyGraph: @unchecked Sendable {
    private let machine: StateMachine
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var built: MachineGraph?

    init(machine: StateMachine) { self.machine = machine }

    var value: MachineGraph {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let graph = MachineGraph(machine: machine)
        built = graph
        return graph
    }
}
