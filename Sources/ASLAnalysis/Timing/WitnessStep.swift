/// One step of a witness path: a state (or a bounded loop) and what the path assumes of it.
public struct WitnessStep: Sendable, Hashable {
    public enum Exit: Sendable, Hashable {
        /// Leaves by `Next`, a Choice rule or `Default`.
        case next
        /// Fails every attempt; Catcher `catcher` (0-based) takes it to `target`.
        case caught(catcher: Int, target: String)
        /// Ends its scope (`End`, Succeed or Fail).
        case end
    }

    public var state: String
    public var scope: String
    public var type: String
    public var attempts: Int
    /// Per attempt: a Task's timeout, a Parallel's slowest branch, a Map's iterations.
    public var secondsPerAttempt: Double?
    public var retryWaitSeconds: Double
    /// What this step adds to the path; `nil` = unbounded.
    public var seconds: Double?
    public var exit: Exit
    /// For a bounded loop: its states (document order) and how many times it runs.
    public var loopStates: [String] {
        get { nested.first?.loopStates ?? [] }
        set { change { $0.loopStates = newValue } }
    }
    public var loopTimes: Int? {
        get { nested.first?.loopTimes }
        set { change { $0.loopTimes = newValue } }
    }
    /// For a Parallel: the slowest branch; for a Map: one iteration or child execution (run
    /// in `batches` waves).
    public var inner: [WitnessStep] {
        get { nested.first?.inner ?? [] }
        set { change { $0.inner = newValue } }
    }
    public var innerLabel: String? {
        get { nested.first?.innerLabel }
        set { change { $0.innerLabel = newValue } }
    }
    public var batches: Int? {
        get { nested.first?.batches }
        set { change { $0.batches = newValue } }
    }
    /// A distributed Map: the child executions of one attempt, run in `batches` waves.
    public var childExecutions: Int? {
        get { nested.first?.childExecutions }
        set { change { $0.childExecutions = newValue } }
    }

    /// What only loops, Parallels and Maps have, out of line: most steps are plain states, and
    /// a witness path of a 50,000-state chain has 50,000 of them (about 210 bytes a step with
    /// these fields inline, 140 without). Empty when every field has its default, so that equal
    /// steps compare equal however they were made.
    private var nested: [Nested] = []

    private struct Nested: Sendable, Hashable {
        var loopStates: [String] = []
        var loopTimes: Int?
        var inner: [WitnessStep] = []
        var innerLabel: String?
        var batches: Int?
        var childExecutions: Int?

        var isDefault: Bool { self == Nested() }
    }

    private mutating func change(_ update: (inout Nested) -> Void) {
        var fields = nested.first ?? Nested()
        update(&fields)
        nested = fields.isDefault ? [] : [fields]
    }

    init(
        state: String, scope: String, type: String, attempts: Int, secondsPerAttempt: Double?, retryWaitSeconds: Double,
        seconds: Double?, exit: Exit, loopStates: [String], loopTimes: Int?, inner: [WitnessStep], innerLabel: String?,
        batches: Int?, childExecutions: Int? = nil
    ) {
        self.state = state
        self.scope = scope
        self.type = type
        self.attempts = attempts
        self.secondsPerAttempt = secondsPerAttempt
        self.retryWaitSeconds = retryWaitSeconds
        self.seconds = seconds
        self.exit = exit
        let fields = Nested(
            loopStates: loopStates, loopTimes: loopTimes, inner: inner, innerLabel: innerLabel, batches: batches,
            childExecutions: childExecutions)
        nested = fields.isDefault ? [] : [fields]
    }
}
