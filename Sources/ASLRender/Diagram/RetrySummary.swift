import ASLAnalysis
import ASLModel

/// What a state's `Retry` array adds up to: the most retries it can make and the longest it
/// can wait between them.
public struct RetrySummary: Hashable, Sendable {
    /// Σ MaxAttempts over the retriers: each retrier counts its own attempts, so in the worst
    /// case all of them fire (ASL facts §3).
    public var maxRetries: Int
    /// Σ over retriers of min(IntervalSeconds × BackoffRate^(n−1), MaxDelaySeconds) for
    /// n = 1…MaxAttempts. Jitter only shortens waits.
    public var maxWaitSeconds: Double

    /// The arithmetic is `RetryMath`'s, which copes with what invalid input holds (negative or
    /// astronomic `MaxAttempts`, waits beyond any `Int`).
    public init(retriers: [Retrier]) {
        maxRetries = retriers.reduce(0) { total, retrier in
            let (sum, overflow) = total.addingReportingOverflow(max(0, retrier.maxAttempts))
            return overflow ? .max : sum
        }
        maxWaitSeconds = retriers.reduce(0) { $0 + RetryMath.totalWait(of: $1) }
    }

    /// The node badge: "↻ ×3, ≤ 7 s".
    public var badge: String {
        let wait = maxWaitSeconds < .greatestFiniteMagnitude ? Abbreviation.duration(seconds: maxWaitSeconds) : "unbounded"
        return "↻ ×\(maxRetries), ≤ \(wait)"
    }
}
