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

    public init(retriers: [Retrier]) {
        var retries = 0
        var wait = 0.0
        for retrier in retriers {
            retries += retrier.maxAttempts
            var interval = Double(retrier.intervalSeconds)
            // Beyond a few hundred attempts the cap (or overflow to infinity) decides anyway.
            for _ in 0..<min(retrier.maxAttempts, 400) {
                let capped = retrier.maxDelaySeconds.map { min(interval, Double($0)) } ?? interval
                wait += capped
                interval *= retrier.backoffRate
            }
            if retrier.maxAttempts > 400 {
                let last = retrier.maxDelaySeconds.map(Double.init) ?? Double.infinity
                wait += last * Double(retrier.maxAttempts - 400)
            }
        }
        maxRetries = retries
        maxWaitSeconds = wait
    }

    /// The node badge: "↻ ×3, ≤ 7 s".
    public var badge: String {
        let wait = maxWaitSeconds.isFinite ? Abbreviation.duration(seconds: maxWaitSeconds) : "unbounded"
        return "↻ ×\(maxRetries), ≤ \(wait)"
    }
}
