/// What one execution did, as runs of scopes ("instances"): the machine itself, each Parallel
/// branch run and each Map iteration, with the states each run entered in order.
public struct ObservedExecution: Sendable {
    public var source: String
    public var status: String
    public var instances: [ObservedInstance]
    /// Where the history does not fit the definition (an older version, another machine).
    public var mismatches: [String]
}

public struct ObservedInstance: Sendable {
    public enum Kind: String, Sendable { case root, branch, iteration }

    public var kind: Kind
    /// Index into `MachineGraph.scopes`; nil when the history names a scope the definition lacks.
    public var scope: Int?
    /// The instance that runs this one (nil for the machine).
    public var owner: Int?
    public var steps: [ObservedStep]
}

/// One entry into a state, with its attempts and failures.
public struct ObservedStep: Sendable {
    public struct Failure: Sendable, Equatable {
        /// 1-based attempt that failed.
        public var attempt: Int
        /// The error when the event carries it (`TaskFailed` does, `ParallelStateFailed` does not).
        public var error: String?
    }

    public var state: String
    /// The type the history gives, from `<Type>StateEntered`.
    public var enteredType: String
    public var enteredEventID: Int
    /// Scheduled tasks, started Parallel or Map runs; at least 1 once anything was attempted.
    public var attempts = 0
    public var failures: [Failure] = []
    /// Whether the latest attempt ended in a failure that no new attempt followed.
    public var failedLast = false
    /// A Map or Parallel whose `…StateExited` was read.
    public var closed = false
    /// A distributed Map whose `MapRunStarted` was read: child executions ran.
    public var mapRunStarted = false

    public var retries: Int { max(0, attempts - 1) }
    /// Errors of the failures that a new attempt followed.
    public var retriedFailures: [Failure] { failures.filter { $0.attempt < attempts } }
    public var lastError: String? { failedLast ? failures.last?.error : nil }
}
