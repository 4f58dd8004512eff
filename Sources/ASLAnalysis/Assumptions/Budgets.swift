/// Limits `aslkit audit` enforces per machine. A `nil` limit is not checked.
public struct Budgets: Sendable, Hashable {
    /// Worst-case execution time, seconds.
    public var maxDurationSeconds: Double?
    /// Attempts of any single state execution (1 + its retries).
    public var maxAttempts: Int?
    /// State transitions of one execution, worst case.
    public var maxTransitions: Int?
    /// Dollars per execution, worst case.
    public var maxCost: Double?
    /// Every Task must bound its attempts with a literal `TimeoutSeconds` (or an assumed one).
    public var requireTimeouts: Bool

    public init(
        maxDurationSeconds: Double? = nil, maxAttempts: Int? = nil, maxTransitions: Int? = nil, maxCost: Double? = nil,
        requireTimeouts: Bool = false
    ) {
        self.maxDurationSeconds = maxDurationSeconds
        self.maxAttempts = maxAttempts
        self.maxTransitions = maxTransitions
        self.maxCost = maxCost
        self.requireTimeouts = requireTimeouts
    }

    /// `other`'s limits win where it sets them (flags over the config file).
    public func merging(_ other: Budgets) -> Budgets {
        Budgets(
            maxDurationSeconds: other.maxDurationSeconds ?? maxDurationSeconds,
            maxAttempts: other.maxAttempts ?? maxAttempts,
            maxTransitions: other.maxTransitions ?? maxTransitions,
            maxCost: other.maxCost ?? maxCost,
            requireTimeouts: other.requireTimeouts || requireTimeouts)
    }

    public var isEmpty: Bool {
        maxDurationSeconds == nil && maxAttempts == nil && maxTransitions == nil && maxCost == nil && !requireTimeouts
    }
}
