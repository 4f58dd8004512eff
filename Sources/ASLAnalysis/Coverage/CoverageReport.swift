/// How much of one kind of element the executions exercised.
public struct CoverageRatio: Sendable, Equatable {
    public var covered: Int
    /// Elements the histories may have exercised but cannot say for sure (two Choice rules with
    /// the same target; a failure without its error name). Not counted in `percent`.
    public var ambiguous: Int
    /// Elements no history given can show (the states of a distributed Map's child executions
    /// when their histories are not given). Counted in `total`, never as covered.
    public var unknown: Int
    public var total: Int

    public init(covered: Int = 0, ambiguous: Int = 0, unknown: Int = 0, total: Int = 0) {
        self.covered = covered
        self.ambiguous = ambiguous
        self.unknown = unknown
        self.total = total
    }

    /// Nil when there is nothing to cover.
    public var percent: Double? { total == 0 ? nil : Double(covered) * 100 / Double(total) }

    static func + (a: CoverageRatio, b: CoverageRatio) -> CoverageRatio {
        CoverageRatio(
            covered: a.covered + b.covered, ambiguous: a.ambiguous + b.ambiguous, unknown: a.unknown + b.unknown,
            total: a.total + b.total)
    }

    /// The same total, all of it unknown.
    var unobserved: CoverageRatio { CoverageRatio(unknown: total, total: total) }
}

public struct CoverageFigures: Sendable, Equatable {
    public var states = CoverageRatio()
    /// Every Next, Choice rule, Default and Catch edge.
    public var edges = CoverageRatio()
    /// Choice rules and Defaults.
    public var choiceBranches = CoverageRatio()
    public var catches = CoverageRatio()
    /// Retriers (each `Retry` entry) that fired at least once.
    public var retriers = CoverageRatio()

    static func + (a: CoverageFigures, b: CoverageFigures) -> CoverageFigures {
        CoverageFigures(
            states: a.states + b.states, edges: a.edges + b.edges, choiceBranches: a.choiceBranches + b.choiceBranches,
            catches: a.catches + b.catches, retriers: a.retriers + b.retriers)
    }

    var unobserved: CoverageFigures {
        CoverageFigures(
            states: states.unobserved, edges: edges.unobserved, choiceBranches: choiceBranches.unobserved,
            catches: catches.unobserved, retriers: retriers.unobserved)
    }
}

public struct ScopeCoverage: Sendable {
    public var pointer: String
    public var name: String
    public var parentState: String?
    /// False for a distributed Map's processor that ran child executions whose histories were
    /// not given (and for what it nests): its figures are all unknown, and count in the totals
    /// as not covered. A processor whose Map started no Map Run in any history is observable:
    /// none of its states was entered.
    public var observable: Bool
    public var figures: CoverageFigures
    /// Runs of this scope seen in the histories: executions, branch runs or Map iterations.
    public var runs: Int
    /// Every edge of the scope with whether the executions took it, in graph order.
    public var edges: [EdgeCoverage]
    /// Entries per state, in document order.
    public var entries: [(state: String, count: Int)]
    public var missedStates: [String]
    /// Edges never taken, as `From → To (rule 2)`, by kind.
    public var missedChoiceBranches: [String]
    public var missedCatches: [String]
    public var missedNextEdges: [String]
    public var ambiguousEdges: [String]
    /// Retriers that never fired, as `State Retry 1 [States.Timeout]`.
    public var missedRetriers: [String]
    public var ambiguousRetriers: [String]
}

public struct ExecutionSummary: Sendable, Equatable {
    public var source: String
    public var status: String
    public var events: Int
    /// Where the history does not fit the definition; non-empty means an old or other version.
    public var mismatches: [String]
}

public struct CoverageReport: Sendable {
    public var executions: [ExecutionSummary]
    public var scopes: [ScopeCoverage]
    /// Over every scope; elements of unobservable scopes count as unknown, not covered.
    public var total: CoverageFigures

    public var hasMismatches: Bool { executions.contains { !$0.mismatches.isEmpty } }
}

public struct EdgeCoverage: Sendable, Equatable {
    public enum Status: String, Sendable { case taken, ambiguous, notTaken = "not-taken" }

    public var from: String
    public var to: String
    public var kind: FlowEdge.Kind
    public var status: Status
}
