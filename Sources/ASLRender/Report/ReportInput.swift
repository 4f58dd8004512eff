import ASLModel
import ASLSource

/// Everything a Markdown report can show. The machine and its diagnostics are required;
/// the analysis results are optional sections, left out of the report when `nil`.
public struct ReportInput: Sendable {
    public var title: String
    /// The file the machine came from, as the user named it.
    public var origin: String
    public var machine: StateMachine
    public var diagnostics: [Diagnostic]
    /// A relative link to the rendered SVG, shown under the diagram.
    public var svgLink: String?
    /// Options for the inline Mermaid diagram (overlays, collapse).
    public var diagram: DiagramOptions
    public var metrics: ReportMetrics?
    public var worstCasePath: ReportPath?
    /// Worst-case time per state, already formatted ("2 min 7 s"), by state name.
    public var stateWorstTimes: [String: String]
    public var coverage: CoverageOverlay?

    public init(
        title: String, origin: String, machine: StateMachine, diagnostics: [Diagnostic] = [], svgLink: String? = nil,
        diagram: DiagramOptions = DiagramOptions(), metrics: ReportMetrics? = nil, worstCasePath: ReportPath? = nil,
        stateWorstTimes: [String: String] = [:], coverage: CoverageOverlay? = nil
    ) {
        self.title = title
        self.origin = origin
        self.machine = machine
        self.diagnostics = diagnostics
        self.svgLink = svgLink
        self.diagram = diagram
        self.metrics = metrics
        self.worstCasePath = worstCasePath
        self.stateWorstTimes = stateWorstTimes
        self.coverage = coverage
    }
}

/// Numbers from the path and timing analyses, pre-formatted by whoever computed them
/// (a path count may not fit in 64 bits). Each `nil` row is left out.
public struct ReportMetrics: Hashable, Sendable {
    public var pathCount: String?
    public var worstCaseDuration: String?
    /// What bounds the worst case, e.g. "machine TimeoutSeconds (1 h)".
    public var bindingLimit: String?
    public var maxAttempts: String?
    public var transitionsPerExecution: String?
    public var costPerExecution: String?

    public init(
        pathCount: String? = nil, worstCaseDuration: String? = nil, bindingLimit: String? = nil, maxAttempts: String? = nil,
        transitionsPerExecution: String? = nil, costPerExecution: String? = nil
    ) {
        self.pathCount = pathCount
        self.worstCaseDuration = worstCaseDuration
        self.bindingLimit = bindingLimit
        self.maxAttempts = maxAttempts
        self.transitionsPerExecution = transitionsPerExecution
        self.costPerExecution = costPerExecution
    }
}

/// A path through the machine with a time per step, e.g. the worst case.
public struct ReportPath: Hashable, Sendable {
    public struct Step: Hashable, Sendable {
        public var stateName: String
        /// Formatted time spent in the state on this path, if known.
        public var time: String?

        public init(stateName: String, time: String? = nil) {
            self.stateName = stateName
            self.time = time
        }
    }

    public var caption: String
    public var steps: [Step]

    public init(caption: String, steps: [Step]) {
        self.caption = caption
        self.steps = steps
    }
}
