import ASLModel

/// The worst and best cost of entering one state once, nested scopes included.
struct StateCost: Sendable {
    var worst: Measure
    /// `seconds == ∞` when the state cannot complete successfully.
    var best: Measure
    var attempts: Int
    var retryWait: Double
    /// Task timeout, slowest Parallel branch, or a Map's batches × iteration, per attempt.
    var perAttempt: Double
    var timeout: TimeoutSource?
    var firingRetriers: Int
    /// Unbounded sources in this state and in its nested scopes.
    var reasons: [UnboundedReason]
    var notes: [String]
    var inner: [WitnessStep]
    var innerLabel: String?
    var batches: Int?
    /// A distributed Map: the child executions one attempt starts at most.
    var childExecutions: Int?
    /// Largest attempt count in this state or its nested scopes.
    var maxAttempts: Int
    var maxAttemptsState: String?
}

extension StateCost {
    /// A state that takes no time and one transition (Pass, Choice, Succeed, Fail).
    static func instant(attempts: Int = 1) -> StateCost {
        StateCost(
            worst: Measure(seconds: 0, transitions: 1), best: Measure(seconds: 0, transitions: 1), attempts: 1,
            retryWait: 0, perAttempt: 0, timeout: nil, firingRetriers: 0, reasons: [], notes: [], inner: [],
            innerLabel: nil, batches: nil, childExecutions: nil, maxAttempts: 1, maxAttemptsState: nil)
    }

    /// Applies retries to one attempt's worst cost: attempts × (attempt) + back-off waits.
    mutating func applyRetries(_ state: State, attempt: Measure) {
        attempts = RetryMath.maxAttempts(state.retriers)
        firingRetriers = RetryMath.firingRetriers(state.retriers).count
        retryWait = RetryMath.maxTotalWait(state.retriers)
        perAttempt = attempt.seconds
        let n = Double(attempts)
        worst = attempt.repeated(n)
        worst.seconds += retryWait
        if attempts > maxAttempts {
            maxAttempts = attempts
            maxAttemptsState = state.name
        }
    }
}
