/// Replays a history's events into scope instances.
///
/// Events are read in `id` order; each is assigned to the instance of its `previousEventId`,
/// except that a `*StateEntered` right after `ParallelStateStarted` opens a branch run,
/// `MapIterationStarted` opens an iteration of the named Map, and the events of a Map or
/// Parallel itself (started, failed, succeeded, exited, map runs) go to the nearest instance,
/// walking up from there, whose current state is that open Map or Parallel. That covers AWS's
/// quirks: an inline Map iteration's start points into the previous iteration, and a retried
/// Parallel restarts from inside its failed branch.
/// - Complexity: O(events · nesting depth).
public struct HistoryReplay {
    static let attemptEvents: Set<String> = ["TaskScheduled", "LambdaFunctionScheduled", "ActivityScheduled"]
    static let failureEvents: Set<String> = [
        "TaskFailed", "TaskTimedOut", "TaskStartFailed", "TaskSubmitFailed", "LambdaFunctionFailed",
        "LambdaFunctionTimedOut", "LambdaFunctionStartFailed", "LambdaFunctionScheduleFailed", "ActivityFailed",
        "ActivityTimedOut", "ActivityScheduleFailed", "EvaluationFailed",
    ]

    let graph: MachineGraph
    var scopeIndex: [String: Int] = [:]
    var instances: [ObservedInstance] = []
    var instanceOfEvent: [Int: Int] = [0: 0]
    var mismatches: [String] = []

    public static func replay(_ history: ExecutionHistory, on graph: MachineGraph) -> ObservedExecution {
        var replay = HistoryReplay(graph: graph)
        for (i, scope) in graph.scopes.enumerated() { replay.scopeIndex[scope.scope.pointer] = i }
        replay.instances = [ObservedInstance(kind: .root, scope: rootScope(of: history, in: graph), owner: nil, steps: [])]
        var typeOfEvent: [Int: String] = [:]
        for event in history.events {
            typeOfEvent[event.id] = event.type
            replay.read(event, previousType: typeOfEvent[event.previousEventID])
        }
        replay.checkStarts()
        return ObservedExecution(source: history.source, status: history.status, instances: replay.instances, mismatches: replay.mismatches)
    }

    private mutating func read(_ event: HistoryEvent, previousType: String?) {
        var target = instanceOfEvent[event.previousEventID] ?? 0
        let type = event.type
        if type.hasSuffix("StateEntered"), let name = event.name {
            if previousType == "ParallelStateStarted" {
                target = open(.branch, owner: composite(from: target, type: "Parallel", name: nil), firstState: name)
            }
            enter(name, type: String(type.dropLast("StateEntered".count)), in: target, eventID: event.id)
        } else if type == "MapIterationStarted" {
            target = open(.iteration, owner: composite(from: target, type: "Map", name: event.name), firstState: nil)
        } else if let kind = ["Parallel", "Map"].first(where: { type.hasPrefix($0 + "State") || ($0 == "Map" && type.hasPrefix("MapRun")) }) {
            target = composite(from: target, type: kind, name: nil)
            updateComposite(event, in: target)
        } else if Self.attemptEvents.contains(type) {
            updateLastStep(of: target) { $0.attempts += 1; $0.failedLast = false }
        } else if Self.failureEvents.contains(type) {
            updateLastStep(of: target) { step in
                step.failures.append(.init(attempt: max(1, step.attempts), error: event.error))
                step.failedLast = true
            }
        }
        instanceOfEvent[event.id] = target
    }

    /// A history of the machine starts at its `StartAt`; one that starts at the `StartAt` of a
    /// distributed Map's item processor is a child execution of that Map (state names are
    /// unique across a machine, so the first state names the scope).
    static func rootScope(of history: ExecutionHistory, in graph: MachineGraph) -> Int {
        guard let first = history.events.first(where: { $0.type.hasSuffix("StateEntered") })?.name,
            graph.scopes.first?.scope.startAt?.value != first
        else { return 0 }
        let processors = Set(
            graph.scopes.flatMap { $0.scope.states }.compactMap { state -> String? in
                guard let map = state.map, map.mode == .distributed else { return nil }
                return map.processor?.pointer
            })
        return graph.scopes.firstIndex { processors.contains($0.scope.pointer) && $0.scope.startAt?.value == first } ?? 0
    }

    private mutating func updateComposite(_ event: HistoryEvent, in target: Int) {
        switch event.type {
        case "ParallelStateStarted", "MapStateStarted":
            // A new attempt with no failure read since the last one: a retry after a failed
            // branch or iteration, whose error the history leaves to the state that failed.
            let retriedSilently = instances[target].steps.last.map { $0.attempts > 0 && $0.failures.count < $0.attempts } ?? false
            let error = retriedSilently ? inferredError(underStepOf: target) : nil
            updateLastStep(of: target) { step in
                if retriedSilently { step.failures.append(.init(attempt: step.attempts, error: error)) }
                step.attempts += 1
                step.failedLast = false
            }
        case "MapRunStarted":
            updateLastStep(of: target) { $0.mapRunStarted = true }
        case "ParallelStateFailed", "MapStateFailed", "ParallelStateAborted", "MapStateAborted":
            let error = event.error ?? inferredError(underStepOf: target)
            updateLastStep(of: target) { step in
                step.failures.append(.init(attempt: max(1, step.attempts), error: error))
                step.failedLast = true
            }
        case "ParallelStateExited", "MapStateExited":
            updateLastStep(of: target) { step in
                step.closed = true
                if step.failedLast, step.failures.last?.error == nil, let error = event.outputError {
                    step.failures[step.failures.count - 1].error = error
                }
            }
        default: break
        }
    }

    private mutating func updateLastStep(of instance: Int, _ change: (inout ObservedStep) -> Void) {
        guard !instances[instance].steps.isEmpty else { return }
        change(&instances[instance].steps[instances[instance].steps.count - 1])
    }

    /// The error of the latest branch run or iteration under `owner`'s current state, when it
    /// ended in a failure whose error is known: a Task failure that names it, or a Fail state
    /// whose `Error` the definition gives.
    private func inferredError(underStepOf owner: Int) -> String? {
        guard let child = instances.lastIndex(where: { $0.owner == owner }), let last = instances[child].steps.last else { return nil }
        if last.failedLast, let error = last.lastError { return error }
        guard let scope = instances[child].scope, let state = graph.scopes[scope].scope.state(named: last.state),
            case .fail(let fail) = state.detail
        else { return nil }
        return fail.error
    }

    /// The nearest instance, from `start` up through owners, whose current state is an open Map
    /// or Parallel (of that name, when given).
    private func composite(from start: Int, type: String, name: String?) -> Int {
        var current: Int? = start
        while let i = current {
            if let step = instances[i].steps.last, step.enteredType == type, !step.closed, name == nil || step.state == name {
                return i
            }
            current = instances[i].owner
        }
        return start
    }
}
