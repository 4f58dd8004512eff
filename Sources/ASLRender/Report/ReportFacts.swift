import ASLAnalysis
import ASLModel

/// Turns analysis results into the pre-formatted values a report shows.
enum ReportFacts {
    /// What the report shows of a timing analysis: its totals, the worst-case path with a time
    /// per step, each state's worst time, and the cost. The per-state rows are not kept.
    struct TimingShown {
        /// The analysis without its rows, witnesses and reasons.
        var totals: TimingReport
        var cost: CostEstimate
        var worstPath: ReportPath?
        var stateWorstTimes: [String: String]

        init(_ timing: consuming TimingReport, assumptions: Assumptions) {
            cost = CostEstimator.estimate(timing, assumptions: assumptions)
            worstPath = ReportFacts.worstPath(timing)
            stateWorstTimes = ReportFacts.stateWorstTimes(timing)
            timing.states = []
            timing.worstPath = []
            timing.bestPath = []
            timing.unbounded = []
            totals = timing
        }
    }

    /// `root`: the machine's own scope, whose path count the report shows.
    static func metrics(root: ScopePaths?, options: PathOptions, timing shown: TimingShown) -> ReportMetrics {
        let timing = shown.totals
        let cost = shown.cost
        let pathCount = root.map { $0.hasReachableLoops ? "\($0.pathCountText) (each loop taken at most \(options.loopUnroll)×)" : $0.pathCountText }
        let binding: String = switch timing.binding {
        case .path: timing.machineTimeoutSeconds.map { "the path (machine TimeoutSeconds \(SecondsText.format(Double($0))) is longer)" } ?? "the path (no machine TimeoutSeconds)"
        case .machineTimeout: "machine TimeoutSeconds (\(SecondsText.format(timing.machineTimeoutSeconds.map(Double.init))))"
        }
        let attempts = timing.maxAttempts <= 1 ? "1 (nothing retries)" : timing.maxAttemptsState.map { "\(timing.maxAttempts) (\($0))" } ?? "\(timing.maxAttempts)"
        return ReportMetrics(
            pathCount: pathCount, worstCaseDuration: SecondsText.format(timing.worstSeconds), bindingLimit: binding,
            maxAttempts: attempts, transitionsPerExecution: range(timing.minTransitions, timing.maxTransitions) { String($0) },
            costPerExecution: range(cost.minDollars, cost.maxDollars) { Dollars.format($0) })
    }

    static func range<T: Equatable>(_ low: T?, _ high: T?, _ format: (T) -> String) -> String {
        let lowText = low.map(format) ?? "unbounded"
        let highText = high.map(format) ?? "unbounded"
        return low == high ? lowText : "\(lowText) to \(highText)"
    }

    static func worstPath(_ timing: TimingReport) -> ReportPath? {
        guard !timing.worstPath.isEmpty else { return nil }
        let caption = "Worst case: \(SecondsText.format(timing.worstSeconds))"
        return ReportPath(caption: caption, steps: timing.worstPath.map { ReportPath.Step(stateName: $0.state, time: SecondsText.format($0.seconds)) })
    }

    /// What `--highlight worst-case` draws: the witness path, and on an unbounded machine also
    /// the states that make it unbounded (a missing timeout deep in a branch), with why.
    static func worstCaseHighlight(_ timing: TimingReport) -> HighlightedPath? {
        guard let path = worstPath(timing) else { return nil }
        guard let first = timing.unbounded.first else {
            return HighlightedPath(stateNames: path.steps.map(\.stateName), caption: path.caption)
        }
        var names = path.steps.map(\.stateName)
        for reason in timing.unbounded where !names.contains(reason.state) { names.append(reason.state) }
        let more = timing.unbounded.count > 1 ? " (and \(timing.unbounded.count - 1) more)" : ""
        return HighlightedPath(stateNames: names, caption: "Worst case unbounded: \(first.state): \(first.message)\(more)")
    }

    static func stateWorstTimes(_ timing: TimingReport) -> [String: String] {
        // Sized once: grown while the timing's rows are alive, its last doubling held both
        // tables (4 MB more at `report`'s peak on a machine of 105,000 states).
        var times: [String: String] = [:]
        times.reserveCapacity(timing.states.count)
        for state in timing.states where times[state.state] == nil {
            times[state.state] = SecondsText.format(state.worstSeconds)
        }
        return times
    }

    static func coverageOverlay(_ report: CoverageReport) -> CoverageOverlay {
        var states = Set<String>()
        var transitions = Set<TransitionRef>()
        for scope in report.scopes where scope.observable {
            for entry in scope.entries where entry.count > 0 { states.insert(entry.state) }
            for edge in scope.edges where edge.status == .taken { transitions.insert(TransitionRef(from: edge.from, to: edge.to)) }
        }
        return CoverageOverlay(coveredStates: states, coveredTransitions: transitions)
    }
}
