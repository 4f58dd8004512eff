import ASLModel

/// Replays a sequence of errors against a state's `Retry` array, as the specification's
/// "complex retry scenarios" example does: the first Retrier whose `ErrorEquals` matches takes
/// the error; it retries after its next wait while its own counter is below `MaxAttempts`,
/// otherwise the state fails (and a Catcher, if any, takes over).
public enum RetrySimulation {
    public enum Step: Hashable, Sendable {
        /// Retried after this many seconds (upper bound under FULL jitter), by Retrier `retrier`.
        case retried(afterSeconds: Double, retrier: Int)
        /// The matching Retrier had used up its attempts: the state fails with this error.
        case exhausted(retrier: Int)
        /// No Retrier matches: the state fails with this error at once.
        case notRetried
    }

    /// One step per error until the state fails; errors after that are ignored.
    public static func run(_ retriers: [Retrier], errors: [String]) -> [Step] {
        var used = Array(repeating: 0, count: retriers.count)
        var steps: [Step] = []
        for error in errors {
            guard let index = retriers.firstIndex(where: { ErrorNames.covers(Set($0.errorNames), error) }) else {
                steps.append(.notRetried)
                return steps
            }
            guard used[index] < retriers[index].maxAttempts else {
                steps.append(.exhausted(retrier: index))
                return steps
            }
            used[index] += 1
            steps.append(.retried(afterSeconds: RetryMath.wait(beforeRetry: used[index], of: retriers[index]), retrier: index))
        }
        return steps
    }
}
