import ASLSource

/// A path to draw emphasised, e.g. the worst-case path, with a caption such as
/// "worst case 18 min". States are named; consecutive names that are joined by a transition
/// in the picture have that transition emphasised too.
public struct HighlightedPath: Hashable, Sendable {
    public var stateNames: [String]
    public var caption: String

    public init(stateNames: [String], caption: String) {
        self.stateNames = stateNames
        self.caption = caption
    }
}

/// A transition named by its end states, the unit coverage and highlighting speak in.
public struct TransitionRef: Hashable, Sendable, Comparable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    public static func < (lhs: TransitionRef, rhs: TransitionRef) -> Bool { (lhs.from, lhs.to) < (rhs.from, rhs.to) }
}

/// Which states and transitions some executions or tests visited.
public struct CoverageOverlay: Hashable, Sendable {
    public var coveredStates: Set<String>
    /// `nil` when only state coverage is known.
    public var coveredTransitions: Set<TransitionRef>?

    public init(coveredStates: Set<String>, coveredTransitions: Set<TransitionRef>? = nil) {
        self.coveredStates = coveredStates
        self.coveredTransitions = coveredTransitions
    }
}

/// How the DOT is written for Graphviz's `dot` layout.
public enum LayoutTuning: String, Hashable, Sendable {
    /// Catch edges kept out of ranking (and shown as badges when many share one handler),
    /// edge labels placed after layout in large machines, terminal states given their own end
    /// markers when there are many.
    case tuned
    /// Every edge ranked, one shared end sink: what a straightforward writer produces. Kept for
    /// benchmarks that show the difference; never the default.
    case naive
}

/// What to draw and how. Overlays are plain values so any analysis can feed them.
public struct DiagramOptions: Hashable, Sendable {
    /// Draw every Parallel and Map as one node instead of a cluster of its branches.
    public var collapse = false
    public var edgeLabels = true
    /// Above this many states (all scopes), fast mode is used: scopes collapsed, no edge
    /// labels, and a note saying so in the output.
    public var fastModeThreshold = 600
    /// Above this many states, edge labels are written as `xlabel` (placed after layout)
    /// instead of `label`: `dot` ranks every `label` as an extra node, which made a 300-state
    /// machine take 7 s instead of 0.7 s. Small pictures keep `label`, which places better.
    public var inlineEdgeLabelLimit = 80
    /// A handler caught into by more states than this (in one scope) is not drawn with a fan
    /// of long edges: each catching state gets a badge naming it instead.
    public var catchMergeThreshold = 3
    /// Above this many terminal states in the machine's own scope, each gets its own end marker.
    public var sharedEndLimit = 6
    /// In the DOT, a state entered by more than this many transitions is drawn again as a small
    /// proxy beside each further source, for `Default` transitions and for terminal (Succeed,
    /// Fail) targets: a shared Fail pulled below 200 Choices made `dot` take minutes.
    public var proxyThreshold = 3
    /// Proxy every transition into a shared state, whatever its kind (a fallback drawing).
    public var proxyEverySharedState = false
    /// In the DOT, more than this many parallel transitions of one kind between two states
    /// (Choice rules with the same `Next`) are drawn as one edge naming the count.
    public var parallelEdgeLimit = 3
    public var tuning = LayoutTuning.tuned
    public var title: String?
    public var highlight: HighlightedPath?
    public var coverage: CoverageOverlay?
    /// Findings drawn on the states they name (`Diagnostic.stateName`).
    public var diagnostics: [Diagnostic] = []

    public init(
        collapse: Bool = false, edgeLabels: Bool = true, title: String? = nil, highlight: HighlightedPath? = nil,
        coverage: CoverageOverlay? = nil, diagnostics: [Diagnostic] = []
    ) {
        self.collapse = collapse
        self.edgeLabels = edgeLabels
        self.title = title
        self.highlight = highlight
        self.coverage = coverage
        self.diagnostics = diagnostics
    }
}
