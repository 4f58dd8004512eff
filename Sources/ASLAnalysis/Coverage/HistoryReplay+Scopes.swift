import ASLModel

extension HistoryReplay {
    /// Opens a branch run or Map iteration under `owner`, finding its scope in the definition:
    /// the Map's processor, or the Parallel branch whose `States` holds `firstState`.
    mutating func open(_ kind: ObservedInstance.Kind, owner: Int, firstState: String?) -> Int {
        var scope: Int?
        if let ownerScope = instances[owner].scope, let step = instances[owner].steps.last,
            let state = graph.scopes[ownerScope].scope.state(named: step.state)
        {
            let children = state.childScopes
            let child = kind == .iteration ? children.first : children.first { s in firstState.map { s.index(of: $0) != nil } ?? false }
            scope = child.flatMap { scopeIndex[$0.pointer] }
            if scope == nil {
                let what = kind == .iteration ? "a Map iteration" : "a Parallel branch starting at \"\(firstState ?? "?")\""
                mismatches.append("\(what) under \"\(step.state)\" has no matching scope in the definition")
            }
        }
        instances.append(ObservedInstance(kind: kind, scope: scope, owner: owner, steps: []))
        return instances.count - 1
    }

    mutating func enter(_ name: String, type: String, in instance: Int, eventID: Int) {
        instances[instance].steps.append(ObservedStep(state: name, enteredType: type, enteredEventID: eventID))
        guard let scope = instances[instance].scope else { return }
        let graphScope = graph.scopes[scope].scope
        guard let state = graphScope.state(named: name) else {
            mismatches.append("state \"\(name)\" (event \(eventID)) does not exist in the \(graphScope.displayName) of the definition")
            return
        }
        if let defined = state.type?.rawValue, defined != type {
            mismatches.append("state \"\(name)\" (event \(eventID)) ran as a \(type) state but is a \(defined) state in the definition")
        }
    }

    /// Each run must begin at its scope's `StartAt`; anything else means another definition.
    mutating func checkStarts() {
        for instance in instances {
            guard let scope = instance.scope, let first = instance.steps.first,
                let start = graph.scopes[scope].scope.startAt?.value, start != first.state
            else { continue }
            mismatches.append("a run of the \(graph.scopes[scope].scope.displayName) began at \"\(first.state)\", not at StartAt \"\(start)\"")
        }
    }
}
