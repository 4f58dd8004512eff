import ASLModel

/// Why a worst case has no bound, and where.
public struct UnboundedReason: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A Task without `TimeoutSeconds` (AWS's default, 99999999 s, is no bound in practice).
        case missingTimeout = "missing-timeout"
        /// `TimeoutSecondsPath` or a JSONata `TimeoutSeconds`.
        case dynamicTimeout = "dynamic-timeout"
        /// A Wait on `SecondsPath`, `Timestamp`, `TimestampPath` or a JSONata `Seconds`.
        case dynamicWait = "dynamic-wait"
        /// A Map whose item count is neither in the definition nor assumed.
        case unknownItemCount = "unknown-item-count"
        /// A cycle without an assumed loop bound.
        case unboundedLoop = "unbounded-loop"

        /// Whether this leaves the transition count unbounded too (not only the duration).
        public var affectsTransitions: Bool { self == .unknownItemCount || self == .unboundedLoop }
    }

    public var kind: Kind
    public var state: String
    /// ``ASLModel/Scope/displayName`` of the state's scope.
    public var scope: String
    public var message: String

    public init(kind: Kind, state: String, scope: String, message: String) {
        self.kind = kind
        self.state = state
        self.scope = scope
        self.message = message
    }
}

/// Where a Task's per-attempt bound comes from.
public enum TimeoutSource: Sendable, Hashable {
    case literal(Int)
    /// From ``Assumptions/stateSeconds``.
    case assumed(Int)
    case missing
    /// `TimeoutSecondsPath` or JSONata: the reference or expression.
    case dynamic(String)
}

/// One row of the per-state table.
///
/// Kept compact (35,000 rows of a dense machine were 5.3 MB, then 4.2 MB at 120 bytes a row,
/// held through the whole analysis; 88 bytes now): the scope's name and pointer are one object
/// shared by the scope's rows, the type is its enum, the retrier counts are 32-bit, and the
/// two optional figures keep `nil` as a value no bounded row has, so no tag pads them.
public struct StateTiming: Sendable, Hashable {
    public var state: String
    private let place: ScopePlace
    public var maxAttempts: Int
    /// Sum of the largest back-off waits of one state execution.
    public var retryWaitSeconds: Double
    /// `worstSeconds`, with `.infinity` for `nil`.
    private var worstSecondsOrInfinity: Double
    /// `worstTransitions`, with `Int.min` for `nil`.
    private var worstTransitionsOrMin: Int
    /// Tasks only.
    public var timeout: TimeoutSource?
    private let stateType: StateType?
    private var retrierCount: Int32
    private var firingRetrierCount: Int32

    public var scope: String { place.name }
    /// JSON pointer of the scope (`""` for the machine, `/States/P/Branches/0`, …).
    public var scopePointer: String { place.pointer }
    public var type: String { stateType?.rawValue ?? "?" }
    public var retriers: Int {
        get { Int(retrierCount) }
        set { retrierCount = Int32(clamping: newValue) }
    }
    /// Retriers that can fire (see ``RetryMath/firingRetriers(_:)``).
    public var firingRetriers: Int {
        get { Int(firingRetrierCount) }
        set { firingRetrierCount = Int32(clamping: newValue) }
    }
    /// One execution of the state at worst; `nil` = unbounded (so is an infinite value).
    public var worstSeconds: Double? {
        get { worstSecondsOrInfinity == .infinity ? nil : worstSecondsOrInfinity }
        set { worstSecondsOrInfinity = newValue ?? .infinity }
    }
    public var worstTransitions: Int? {
        get { worstTransitionsOrMin == .min ? nil : worstTransitionsOrMin }
        set { worstTransitionsOrMin = newValue ?? .min }
    }

    init(
        place: ScopePlace, state: String, type: StateType?, timeout: TimeoutSource?, retriers: Int, firingRetriers: Int,
        maxAttempts: Int, retryWaitSeconds: Double, worstSeconds: Double?, worstTransitions: Int?
    ) {
        self.place = place
        self.stateType = type
        self.state = state
        self.timeout = timeout
        retrierCount = Int32(clamping: retriers)
        firingRetrierCount = Int32(clamping: firingRetriers)
        self.maxAttempts = maxAttempts
        self.retryWaitSeconds = retryWaitSeconds
        worstSecondsOrInfinity = worstSeconds ?? .infinity
        worstTransitionsOrMin = worstTransitions ?? .min
    }
}

extension StateTiming {
    /// What fills the table until each row is made.
    static let placeholder = StateTiming(
        place: ScopePlace(name: "", pointer: ""), state: "", type: nil, timeout: nil, retriers: 0, firingRetriers: 0,
        maxAttempts: 0, retryWaitSeconds: 0, worstSeconds: nil, worstTransitions: nil)
}

/// A scope's display name and JSON pointer, made once and shared by the scope's rows.
final class ScopePlace: Sendable, Hashable {
    let name: String
    let pointer: String

    init(name: String, pointer: String) {
        self.name = name
        self.pointer = pointer
    }

    static func == (a: ScopePlace, b: ScopePlace) -> Bool { a.name == b.name && a.pointer == b.pointer }

    func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(pointer)
    }
}

/// What binds the machine's worst-case duration.
public enum DurationBinding: String, Sendable, Hashable {
    /// The longest path through the states.
    case path
    /// The machine's top-level `TimeoutSeconds`, shorter than the path.
    case machineTimeout = "machine-timeout"
}

/// A limit of the service the worst case passes (Express 5 minutes, Standard 1 year).
public struct TimingFinding: Sendable, Hashable {
    public var ruleID: String
    public var message: String

    public init(ruleID: String, message: String) {
        self.ruleID = ruleID
        self.message = message
    }
}

/// The timing analysis of one machine: per-state rows, totals and their witnesses.
public struct TimingReport: Sendable, Hashable {
    public var machineType: Assumptions.MachineType
    public var states: [StateTiming]
    /// Worst-case seconds of one execution after the top-level cap; `nil` = unbounded.
    public var worstSeconds: Double?
    /// Worst-case seconds of the longest path, before the top-level `TimeoutSeconds` cap.
    public var pathWorstSeconds: Double?
    public var binding: DurationBinding
    public var machineTimeoutSeconds: Int?
    /// The path that reaches ``pathWorstSeconds``, with the failures and retries it assumes.
    public var worstPath: [WitnessStep]
    /// Shortest successful execution: seconds and its path (`nil` when no path succeeds).
    public var bestSeconds: Double?
    public var bestPath: [WitnessStep]
    /// State transitions of one execution (each state entered and each retry counts).
    public var minTransitions: Int?
    public var maxTransitions: Int?
    /// Dollars of the Express child executions that distributed Maps start (billed per request
    /// and GB-second, at the assumed memory); 0 without any; `nil` = unbounded.
    public var minExpressChildDollars: Double? = 0
    public var maxExpressChildDollars: Double? = 0
    /// The largest attempt count of any single state execution.
    public var maxAttempts: Int
    public var maxAttemptsState: String?
    public var unbounded: [UnboundedReason]
    public var findings: [TimingFinding]
    /// Assumptions the analysis made on its own (e.g. a dynamic MaxConcurrency taken as 1).
    public var notes: [String]
}
