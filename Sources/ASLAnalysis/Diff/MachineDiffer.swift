import ASLLoad
import ASLModel
import ASLSource

/// Compares two versions of one machine: states, transitions, reachability, analyses and
/// diagnostics.
enum MachineDiffer {
    /// - Complexity: O(V + E + s) for s the total size of the definitions, plus the analyses
    ///   of both versions (see ``MachineVersion``).
    static func diff(base: MachineVersion, head: MachineVersion, name: String, baseName: String?) -> MachineDiff {
        let headScopes = KeyedScopes.walk(head.graph) { _, _ in [:] }
        let headByKey = Dictionary(headScopes.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var matchings: [String: StateMatching] = [:]
        let baseScopes = KeyedScopes.walk(base.graph) { key, scope in
            let matching = StateMatching(base: scope, head: headByKey[key]?.scope)
            matchings[key] = matching
            return matching.renames
        }
        var result = empty(name: name, baseName: baseName, file: head.loaded.origin.file, status: .changed)
        result.before = base.metrics
        result.after = head.metrics
        result.head = head.machine
        result.base = base.machine
        let rootRenames = baseScopes.first?.renames ?? [:]
        result.machineFields = NodeDiff.changes(
            base: machineLevel(base.machine.node) { rootRenames[$0] ?? $0 }, head: machineLevel(head.machine.node) { $0 })

        let baseByKey = Dictionary(baseScopes.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for headScope in headScopes {
            guard let baseScope = baseByKey[headScope.key], let matching = matchings[headScope.key] else {
                result.addedStates += headScope.scope.states.map { ref($0, in: headScope.scope) }
                result.addedTransitions += TransitionDiff.transitions(of: headScope, renames: [:])
                continue
            }
            compare(baseScope, headScope, matching, into: &result)
            let (added, removed) = TransitionDiff.compare(base: baseScope, head: headScope)
            result.addedTransitions += added
            result.removedTransitions += removed
        }
        for baseScope in baseScopes where headByKey[baseScope.key] == nil {
            result.removedStates += baseScope.scope.states.map { ref($0, in: baseScope.scope) }
            result.removedTransitions += TransitionDiff.transitions(of: baseScope, renames: baseScope.renames)
        }
        let allRenames = baseScopes.reduce(into: [String: String]()) { $0.merge($1.renames) { first, _ in first } }
        (result.introduced, result.fixed) = DiagnosticDiff.compare(base: base.diagnostics, head: head.diagnostics, renames: allRenames)
        let heldBefore = Set(base.breaches.map(\.budget))
        result.brokenBudgets = head.breaches.filter { !heldBefore.contains($0.budget) }
        return result
    }

    private static func compare(_ base: KeyedScope, _ head: KeyedScope, _ matching: StateMatching, into result: inout MachineDiff) {
        for index in matching.removed {
            result.removedStates.append(ref(base.scope.states[index], in: base.scope))
        }
        for index in matching.added {
            result.addedStates.append(ref(head.scope.states[index], in: head.scope))
        }
        for (b, h) in matching.pairs {
            let baseState = base.scope.states[b], headState = head.scope.states[h]
            let headRef = ref(headState, in: head.scope)
            let fields = StateFieldDiff.changes(base: baseState, head: headState) { base.renames[$0] ?? $0 }
            let renamed = baseState.name != headState.name ? baseState.name : nil
            if !fields.isEmpty {
                result.changedStates.append(StateChange(state: headRef, renamedFrom: renamed, fields: fields))
            } else if let renamed {
                result.renamedStates.append(StateRename(oldName: renamed, state: headRef))
            }
            if base.reachable[b] && !head.reachable[h] { result.becameUnreachable.append(headRef) }
            if !base.reachable[b] && head.reachable[h] { result.becameReachable.append(headRef) }
        }
    }

    /// The machine's own fields: everything but `States`, with `StartAt` mapped to head names.
    private static func machineLevel(_ node: LocatedNode, mapTarget: (String) -> String) -> LocatedNode {
        guard case .object(let members) = node.value else { return node }
        var copy = node
        copy.value = .object(
            LocatedNode.Members(members.filter { $0.key != "States" }.map { member in
                guard member.key == "StartAt", let target = member.value.stringValue else { return member }
                var mapped = member
                mapped.value.value = .string(mapTarget(target))
                return mapped
            }))
        return copy
    }

    static func ref(_ state: State, in scope: Scope) -> DiffStateRef {
        DiffStateRef(
            name: state.name, scope: scope.displayName, type: state.type?.rawValue ?? "?", line: state.namePosition.line,
            scopeKind: scope.kind)
    }

    static func empty(name: String, baseName: String?, file: String, status: MachineDiff.Status) -> MachineDiff {
        MachineDiff(
            name: name, baseName: baseName, file: file, status: status, machineFields: [], addedStates: [], removedStates: [],
            renamedStates: [], changedStates: [], addedTransitions: [], removedTransitions: [], becameUnreachable: [],
            becameReachable: [], before: nil, after: nil, introduced: [], fixed: [], brokenBudgets: [], head: nil, base: nil)
    }
}
