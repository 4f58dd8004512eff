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
    /// Largest attempt count in this state or its nested scopes.
    var maxAttempts: Int
    var maxAttemptsState: String?

    /// Unbounded sources in this state and in its nested scopes. Inline, not with the other
    /// rare fields: a chain whose every Task lacks a timeout gave each state two allocations
    /// (the rare fields and this list) where one does.
    var reasons: [UnboundedReason] = []
    var notes: [String] {
        get { rare.first?.notes ?? [] }
        set { change { $0.notes = newValue } }
    }
    var inner: [WitnessStep] {
        get { rare.first?.inner ?? [] }
        set { change { $0.inner = newValue } }
    }
    var innerLabel: String? {
        get { rare.first?.innerLabel }
        set { change { $0.innerLabel = newValue } }
    }
    var batches: Int? {
        get { rare.first?.batches }
        set { change { $0.batches = newValue } }
    }
    /// A distributed Map: the child executions one attempt starts at most.
    var childExecutions: Int? {
        get { rare.first?.childExecutions }
        set { change { $0.childExecutions = newValue } }
    }

    /// What only unbounded states, Parallels and Maps have, out of line (empty, so no
    /// allocation, while every field has its default): every state of a scope has a cost
    /// while the scope is timed, 200 bytes each with these inline, 136 without.
    private var rare: [Rare] = []

    private struct Rare: Sendable, Equatable {
        var notes: [String] = []
        var inner: [WitnessStep] = []
        var innerLabel: String?
        var batches: Int?
        var childExecutions: Int?
    }

    private mutating func change(_ update: (inout Rare) -> Void) {
        var fields = rare.first ?? Rare()
        update(&fields)
        rare = fields == Rare() ? [] : [fields]
    }

    init(
        worst: Measure, best: Measure, attempts: Int, retryWait: Double, perAttempt: Double, timeout: TimeoutSource?,
        firingRetriers: Int, maxAttempts: Int, maxAttemptsState: String?
    ) {
        self.worst = worst
        self.best = best
        self.attempts = attempts
        self.retryWait = retryWait
        self.perAttempt = perAttempt
        self.timeout = timeout
        self.firingRetriers = firingRetriers
        self.maxAttempts = maxAttempts
        self.maxAttemptsState = maxAttemptsState
    }
}

extension StateCost {
    /// A state that takes no time and one transition (Pass, Choice, Succeed, Fail).
    static func instant(attempts: Int = 1) -> StateCost {
        StateCost(
            worst: Measure(seconds: 0, transitions: 1), best: Measure(seconds: 0, transitions: 1), attempts: 1,
            retryWait: 0, perAttempt: 0, timeout: nil, firingRetriers: 0, maxAttempts: 1, maxAttemptsState: nil)
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
