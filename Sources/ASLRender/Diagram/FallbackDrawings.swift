import ASLModel

/// A machine with the options to draw it, from which the full DOT and simpler ones are made.
public struct MachineDrawing: Sendable {
    public var machine: StateMachine
    public var options: DiagramOptions

    public init(machine: StateMachine, options: DiagramOptions) {
        self.machine = machine
        self.options = options
    }

    /// How each drawing is simplified compared with the full one (`nil` for the full one):
    /// the full drawing first, then drawings that are cheaper to lay out, for when a layout
    /// fails or runs out of time.
    public static let simplifications: [String?] = [
        nil,
        "Parallel and Map states collapsed, shared states drawn as proxies",
        "a plain ranked drawing: scopes collapsed, shared states drawn as proxies, no edge labels",
    ]

    /// The DOT of drawing `attempt` (an index into `simplifications`), written on demand.
    public func dot(attempt: Int) -> String {
        guard attempt > 0 else { return DOTWriter(options: options).write(machine) }
        var simpler = options
        simpler.collapse = true
        simpler.proxyEverySharedState = true
        simpler.inlineEdgeLabelLimit = 0
        if attempt >= 2 {
            simpler.fastModeThreshold = 0
            simpler.parallelEdgeLimit = 1
        }
        return DOTWriter(options: simpler).write(machine)
    }
}
