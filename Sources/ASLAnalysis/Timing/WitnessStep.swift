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
    public var loopStates: [String]
    public var loopTimes: Int?
    /// For a Parallel: the slowest branch; for a Map: one iteration or child execution (run
    /// in `batches` waves).
    public var inner: [WitnessStep]
    public var innerLabel: String?
    public var batches: Int?
    /// A distributed Map: the child executions of one attempt, run in `batches` waves.
    public var childExecutions: Int? = nil
}
