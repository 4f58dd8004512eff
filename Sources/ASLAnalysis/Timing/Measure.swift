/// Seconds and state transitions of a piece of an execution, and the dollars of the Express
/// child executions it starts (distributed Maps with `ExecutionType: EXPRESS`, billed per
/// request and GB-second rather than per transition). `+∞` means "no bound"; transitions are
/// counted in `Double` too (exact below 2^53) so that one type carries all three through the
/// path searches, and converted to `Int?` in the report.
struct Measure: Hashable, Sendable {
    var seconds: Double
    var transitions: Double
    var expressChildDollars: Double = 0

    static let zero = Measure(seconds: 0, transitions: 0)
    /// No bound on time and transitions; Express children cost nothing unless `repeating`
    /// (a loop's or an iteration's cost) starts some, then they are unbounded too.
    static func unbounded(repeating piece: Measure = .zero) -> Measure {
        Measure(seconds: .infinity, transitions: .infinity, expressChildDollars: piece.expressChildDollars == 0 ? 0 : .infinity)
    }

    static func + (a: Measure, b: Measure) -> Measure {
        Measure(
            seconds: a.seconds + b.seconds, transitions: a.transitions + b.transitions,
            expressChildDollars: a.expressChildDollars + b.expressChildDollars)
    }

    /// `k` repetitions (attempts, loop turns, items), with `times`'s 0 × ∞ = 0.
    func repeated(_ k: Double) -> Measure {
        Measure(
            seconds: times(k, seconds), transitions: times(k, transitions),
            expressChildDollars: times(k, expressChildDollars))
    }
}

/// `k × x` where 0 × ∞ is 0: zero items or zero loop turns cost nothing, bounded or not.
func times(_ k: Double, _ x: Double) -> Double { k == 0 ? 0 : k * x }

extension Double {
    /// `nil` for +∞, for the report's "unbounded".
    var finiteOrNil: Double? { isFinite ? self : nil }

    /// A transition count for the report: `nil` when unbounded, saturated at `Int.max` (and
    /// at 0 below, which only invalid input can reach).
    var countOrNil: Int? {
        guard isFinite else { return nil }
        return self >= 9.2e18 ? .max : self <= 0 ? 0 : Int(self)
    }
}

/// What the path searches of a scope produce: worst and best, each with its witness.
struct ScopeResult: Sendable {
    var worst: Measure
    var worstPath: [WitnessStep]
    var best: Measure
    var bestPath: [WitnessStep]
    var reasons: [UnboundedReason]
    var notes: [String]
    var maxAttempts: Int
    var maxAttemptsState: String?

    static let empty = ScopeResult(
        worst: .zero, worstPath: [], best: .zero, bestPath: [], reasons: [], notes: [], maxAttempts: 0, maxAttemptsState: nil)
}
