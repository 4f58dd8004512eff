import ASLModel
import BigInt

/// What `aslkit paths` asks for.
public struct PathOptions: Sendable, Equatable {
    /// How many times each loop may be taken when counting paths (see `PathCounting`).
    public var loopUnroll: Int
    public var includePrimePaths: Bool
    /// Prime paths listed per scope before the enumeration stops.
    public var primePathCap: Int
    /// Test paths described per scope (all are counted); `nil` describes them all. A chain of
    /// 5,000 Tasks that each catch errors needs 5,000 test paths of up to 5,000 steps: described
    /// in full, 12.5 million steps and gigabytes.
    public var testPathLimit: Int?
    /// Whether to find test paths at all (a report that only shows the path count does not).
    public var includeTestPaths: Bool

    public init(
        loopUnroll: Int = 1, includePrimePaths: Bool = false, primePathCap: Int = 1_000, testPathLimit: Int? = nil,
        includeTestPaths: Bool = true
    ) {
        self.loopUnroll = max(0, loopUnroll)
        self.includePrimePaths = includePrimePaths
        self.primePathCap = max(1, primePathCap)
        self.testPathLimit = testPathLimit.map { max(0, $0) }
        self.includeTestPaths = includeTestPaths
    }
}

/// Static path results for every scope of a machine, the machine's own first.
public struct PathReport: Sendable {
    public var options: PathOptions
    public var scopes: [ScopePaths]
}

/// A loop: a strongly connected component with a cycle.
public struct LoopInfo: Sendable, Equatable {
    /// Its states in document order.
    public var states: [String]
    public var isReachable: Bool
    /// No state of the loop can reach a terminal state: once entered, the scope never ends.
    public var isTrap: Bool
}

public struct ScopePaths: Sendable {
    public var pointer: String
    /// "machine", "branch 1 of Fan out", "iteration of Each order".
    public var name: String
    /// The Parallel or Map state that runs this scope (nil for the machine).
    public var parentState: String?
    public var stateCount: Int
    public var unreachableStates: [String]
    public var loops: [LoopInfo]
    /// Start-to-terminal paths; exact when `loops` has no reachable loop, otherwise the count
    /// with each loop taken at most `options.loopUnroll` times.
    public var pathCount: BigInt
    /// `pathCount` in decimal, for targets that do not import BigInt.
    public var pathCountText: String { pathCount.description }
    public var hasReachableLoops: Bool { loops.contains(where: \.isReachable) }
    /// The first test paths of the cover, at most `PathOptions.testPathLimit` of them.
    public var testPaths: [TestPath]
    /// How many test paths the cover has, listed or not.
    public var testPathCount: Int
    /// Edges from reachable states that no start-to-terminal path can take (they lead into a trap).
    public var uncoverableEdges: [String]
    public var primePaths: PrimePathResult?
}

/// One concrete start-to-terminal path and what makes each step happen.
public struct TestPath: Sendable, Equatable {
    public var steps: [PathStep]
    /// The last state of the path.
    public var finalState: String
    public var ending: Termination

    /// The state sequence, e.g. `["Check", "Approve", "Done"]`.
    public var states: [String] { steps.map(\.from) + [finalState] }
}

public struct PathStep: Sendable, Equatable {
    public var from: String
    public var to: String
    public var kind: FlowEdge.Kind
    /// What must happen to take this step, e.g. `rule 1 matches: $.amount > 100`.
    public var requirement: String
}

public struct PrimePathResult: Sendable, Equatable {
    /// Each prime path as its state sequence (a cycle repeats its first state at the end).
    public var paths: [[String]]
    /// True when the cap stopped the enumeration: more prime paths exist than listed.
    public var capped: Bool
    public var cap: Int
}
