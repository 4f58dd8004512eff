/// A transition one run took between two states of its scope.
public struct ObservedTransition: Hashable, Sendable {
    /// Index into `MachineGraph.scopes`.
    public var scope: Int
    public var from: String
    public var to: String
    /// The state failed and a Catch took over (otherwise `Next`, a Choice rule or `Default`).
    public var isCatch: Bool
    /// The caught error when the history carries it.
    public var error: String?
}

public struct ScopedState: Hashable, Sendable, Comparable {
    public var scope: Int
    public var state: String

    public static func < (a: ScopedState, b: ScopedState) -> Bool { (a.scope, a.state) < (b.scope, b.state) }
}

extension ObservedExecution {
    /// Entries per state, over every run of its scope. Runs of unknown scopes are left out.
    public func stateEntries() -> [ScopedState: Int] {
        var counts: [ScopedState: Int] = [:]
        for instance in instances {
            guard let scope = instance.scope else { continue }
            for step in instance.steps { counts[ScopedState(scope: scope, state: step.state), default: 0] += 1 }
        }
        return counts
    }

    /// Consecutive entries within one run, with how often each was taken.
    public func transitions() -> [ObservedTransition: Int] {
        var counts: [ObservedTransition: Int] = [:]
        for instance in instances {
            guard let scope = instance.scope else { continue }
            for (previous, next) in zip(instance.steps, instance.steps.dropFirst()) {
                let transition = ObservedTransition(
                    scope: scope, from: previous.state, to: next.state, isCatch: previous.failedLast, error: previous.lastError)
                counts[transition, default: 0] += 1
            }
        }
        return counts
    }

    /// Retries per state (attempts beyond the first, over all entries), only where there were any.
    public func retries() -> [ScopedState: Int] {
        var counts: [ScopedState: Int] = [:]
        for instance in instances {
            guard let scope = instance.scope else { continue }
            for step in instance.steps where step.retries > 0 {
                counts[ScopedState(scope: scope, state: step.state), default: 0] += step.retries
            }
        }
        return counts
    }

    /// Retried failures per state: the errors that a new attempt followed (nil when not carried).
    func retriedFailures() -> [(ScopedState, [String?])] {
        instances.flatMap { instance -> [(ScopedState, [String?])] in
            guard let scope = instance.scope else { return [] }
            return instance.steps.filter { $0.retries > 0 }.map { step in
                let errors = step.retriedFailures.map(\.error)
                // A retried Map or Parallel shows no failure event between attempts.
                let padded = errors + Array(repeating: nil, count: max(0, step.retries - errors.count))
                return (ScopedState(scope: scope, state: step.state), padded)
            }
        }
    }
}
