import ASLModel
import Foundation

/// Retry arithmetic (States Language specification, "Retrying after error"; ASL-FACTS §3).
///
/// Each Retrier keeps its own counter over the whole state execution; the wait before its
/// retry n is min(IntervalSeconds × BackoffRate^(n−1), MaxDelaySeconds). FULL jitter draws
/// the wait from [0, that value], so the upper bound is the same with or without jitter and
/// the lower bound is 0.
///
/// Seconds are `Double`: exact for whole seconds below 2^53 (about 285 million years), and
/// fractional waits (BackoffRate 1.5 → 4.5 s) need it. Attempts are `Int` with saturation.
public enum RetryMath {
    /// The wait before retry `n` (1-based) of `retrier`, before jitter.
    public static func wait(beforeRetry n: Int, of retrier: Retrier) -> Double {
        let raw = Double(retrier.intervalSeconds) * pow(retrier.backoffRate, Double(n - 1))
        guard let cap = retrier.maxDelaySeconds else { return raw }
        return min(raw, Double(cap))
    }

    /// The waits before each of `retrier`'s retries, in order (for reports; at most `limit`).
    public static func waits(of retrier: Retrier, limit: Int = 10) -> [Double] {
        (0..<min(max(retrier.maxAttempts, 0), limit)).map { wait(beforeRetry: $0 + 1, of: retrier) }
    }

    /// The sum of the waits before all of `retrier`'s retries, capped at the largest finite
    /// `Double` (a BackoffRate of 2 over 99999999 retries has no useful exact value).
    /// - Complexity: O(min(MaxAttempts, 10 000)); a closed form beyond.
    public static func totalWait(of retrier: Retrier) -> Double {
        let n = max(retrier.maxAttempts, 0)
        let interval = Double(retrier.intervalSeconds)
        let rate = retrier.backoffRate
        let cap = retrier.maxDelaySeconds.map(Double.init) ?? .infinity
        var total = 0.0
        if n <= 10_000 {
            var term = interval
            for _ in 0..<n {
                total += min(term, cap)
                term *= rate
            }
        } else if rate <= 1 {
            total = Double(n) * min(interval, cap)
        } else {
            // Terms below the cap: k with interval × rate^(k−1) < cap, i.e. k − 1 < log(cap/interval)/log(rate).
            let belowCap = cap.isFinite ? min(Double(n), max(0, (log(cap / interval) / log(rate)).rounded(.up))) : Double(n)
            total = interval * (pow(rate, belowCap) - 1) / (rate - 1)
            if belowCap < Double(n) { total += (Double(n) - belowCap) * cap }
        }
        return total.isFinite ? total : .greatestFiniteMagnitude
    }

    /// The Retriers that can ever fire. One cannot when every error it names is already taken
    /// by earlier entries (``ErrorNames/covers(_:_:)``) or is never retried
    /// (`States.Runtime`, `States.DataLimitExceeded`), or when its `MaxAttempts` is 0.
    public static func firingRetriers(_ retriers: [Retrier]) -> [Retrier] {
        var earlier: Set<String> = []
        var result: [Retrier] = []
        for retrier in retriers {
            let canMatch = retrier.errorNames.contains { name in
                !ErrorNames.nonRetriable.contains(name) && !ErrorNames.covers(earlier, name)
            }
            if canMatch && retrier.maxAttempts > 0 { result.append(retrier) }
            earlier.formUnion(retrier.errorNames)
        }
        return result
    }

    /// Attempts of one state execution at worst: 1 + Σ MaxAttempts over the Retriers that can
    /// fire (an inference from per-Retrier counters; no source states it). Saturates at `Int.max`.
    public static func maxAttempts(_ retriers: [Retrier]) -> Int {
        firingRetriers(retriers).reduce(1) { total, r in
            let (sum, overflow) = total.addingReportingOverflow(r.maxAttempts)
            return overflow ? .max : sum
        }
    }

    /// The longest total wait of one state execution: every firing Retrier used up.
    public static func maxTotalWait(_ retriers: [Retrier]) -> Double {
        let total = firingRetriers(retriers).reduce(0) { $0 + totalWait(of: $1) }
        return total.isFinite ? total : .greatestFiniteMagnitude
    }
}
