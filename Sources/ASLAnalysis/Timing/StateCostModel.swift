import ASLModel

/// Prices one state: a Task costs attempts × timeout plus back-off waits, a Wait its seconds,
/// Pass/Choice/Succeed/Fail nothing but a transition, a Parallel attempts × its slowest
/// branch, a Map attempts × ⌈items / concurrency⌉ × one iteration. Nested scopes come in
/// already analysed, in ``ASLModel/State/childScopes`` order.
struct StateCostModel {
    let assumptions: Assumptions
    let scopeName: String

    func cost(of state: State, children: [ScopeResult]) -> StateCost {
        var cost = StateCost.instant()
        cost.maxAttempts = 0
        switch state.detail {
        case .task(let task):
            let (timeout, seconds, reason) = taskTimeout(state, task)
            cost.timeout = timeout
            if let reason { cost.reasons.append(reason) }
            cost.best = Measure(seconds: 0, transitions: 1)
            cost.applyRetries(state, attempt: Measure(seconds: seconds, transitions: 1))
        case .wait(let duration):
            let (worst, best, reason) = waitSeconds(state, duration)
            if let reason { cost.reasons.append(reason) }
            cost.worst = Measure(seconds: worst, transitions: 1)
            cost.best = Measure(seconds: best, transitions: 1)
            cost.perAttempt = worst
            cost.maxAttempts = 1
        case .parallel:
            parallel(state, children, into: &cost)
        case .map(let map):
            MapCostModel(assumptions: assumptions, scopeName: scopeName)
                .price(state, map, iteration: children.first ?? .empty, into: &cost)
        case .pass, .choice, .succeed, .fail, .unknown:
            cost.maxAttempts = 1
        }
        if cost.maxAttemptsState == nil, cost.maxAttempts == 1 { cost.maxAttemptsState = state.name }
        return cost
    }

    private func taskTimeout(_ state: State, _ task: TaskState) -> (TimeoutSource, Double, UnboundedReason?) {
        let assumed = assumptions.stateSeconds[state.name]
        switch task.timeoutSeconds {
        case .literal(let t, _):
            return (.literal(t), Double(t), nil)
        case .path, .jsonata:
            let description = task.timeoutSeconds?.dynamicDescription ?? "dynamically"
            if let assumed { return (.assumed(assumed), Double(assumed), nil) }
            let expression: String =
                switch task.timeoutSeconds {
                case .path(let p, _): p
                case .jsonata(let e, _): e
                default: ""
                }
            return (
                .dynamic(expression), .infinity,
                reason(.dynamicTimeout, state, "TimeoutSeconds is set at run time (\(description)); assume a value with state-seconds")
            )
        case nil:
            if let assumed { return (.assumed(assumed), Double(assumed), nil) }
            return (
                .missing, .infinity,
                reason(.missingTimeout, state, "Task has no TimeoutSeconds (AWS's default is 99999999 s)")
            )
        }
    }

    private func waitSeconds(_ state: State, _ duration: WaitDuration?) -> (worst: Double, best: Double, UnboundedReason?) {
        if case .seconds(.literal(let s, _)) = duration { return (Double(s), Double(s), nil) }
        if let assumed = assumptions.stateSeconds[state.name] { return (Double(assumed), Double(assumed), nil) }
        let what: String =
            switch duration {
            case .seconds(let d): "Seconds is set at run time (\(d.dynamicDescription ?? "dynamically"))"
            case .timestamp(let t, _): "waits until the timestamp \(t)"
            case .timestampPath(let p, _): "waits until the timestamp at \(p)"
            case nil: "has no duration"
            }
        return (.infinity, 0, reason(.dynamicWait, state, "Wait \(what); assume a value with state-seconds"))
    }

    private func parallel(_ state: State, _ branches: [ScopeResult], into cost: inout StateCost) {
        var slowest: Int?
        var perAttempt = Measure.zero
        var best = Measure(seconds: 0, transitions: 1)
        for (i, branch) in branches.enumerated() {
            if slowest == nil || branch.worst.seconds > branches[slowest!].worst.seconds { slowest = i }
            perAttempt.seconds = max(perAttempt.seconds, branch.worst.seconds)
            perAttempt.transitions += branch.worst.transitions
            best.seconds = max(best.seconds, branch.best.seconds)
            best.transitions += branch.best.transitions
            cost.absorb(branch)
        }
        perAttempt.transitions += 1
        cost.best = best
        if let slowest {
            cost.inner = branches[slowest].worstPath
            cost.innerLabel = "branch \(slowest + 1) (slowest)"
        }
        cost.applyRetries(state, attempt: perAttempt)
    }

    private func reason(_ kind: UnboundedReason.Kind, _ state: State, _ message: String) -> UnboundedReason {
        UnboundedReason(kind: kind, state: state.name, scope: scopeName, message: message)
    }
}

extension StateCost {
    /// Takes a nested scope's unbounded sources, notes and largest attempt count.
    mutating func absorb(_ child: ScopeResult) {
        reasons += child.reasons
        notes += child.notes
        if child.maxAttempts > maxAttempts {
            maxAttempts = child.maxAttempts
            maxAttemptsState = child.maxAttemptsState
        }
    }
}
