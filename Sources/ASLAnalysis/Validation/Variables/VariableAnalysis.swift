import ASLSource

/// Scope and data-flow rules for workflow variables, over the facts `ExpressionScan` collected.
///
/// - Complexity: O(V + E + reads · depth) plus `DefiniteAssignment` per scope.
struct VariableAnalysis {
    let graph: MachineGraph
    let tree: ScopeTree
    let facts: VariableFacts
    /// Interned names: every name assigned anywhere.
    let ids: [String: Int]
    /// Names assigned per scope.
    let assignedIn: [Set<String>]
    /// The same as interned ids, for the per-read tests.
    let assignedIDs: [NameSet]
    /// Per scope, the states that assign each name.
    let assigners: [[String: [Int]]]

    init(graph: MachineGraph, tree: ScopeTree, facts: VariableFacts) {
        self.graph = graph
        self.tree = tree
        self.facts = facts
        // Most JSONPath machines assign nothing: one empty entry per scope, without a
        // dictionary, set and bit set built for each.
        if !facts.states.contains(where: { $0.contains { !$0.allAssignments.isEmpty } }) {
            ids = [:]
            assigners = Array(repeating: [:], count: facts.states.count)
            assignedIn = Array(repeating: [], count: facts.states.count)
            assignedIDs = Array(repeating: NameSet(capacity: 0), count: facts.states.count)
            return
        }
        var ids: [String: Int] = [:]
        var assigners: [[String: [Int]]] = []
        for scope in facts.states {
            var byName: [String: [Int]] = [:]
            for (i, state) in scope.enumerated() {
                for a in state.allAssignments {
                    if byName[a.name]?.last != i { byName[a.name, default: []].append(i) }
                    if ids[a.name] == nil { ids[a.name] = ids.count }
                }
            }
            assigners.append(byName)
        }
        self.ids = ids
        self.assigners = assigners
        self.assignedIn = assigners.map { Set($0.keys) }
        self.assignedIDs = assigners.map { NameSet(capacity: ids.count, members: $0.keys.map { ids[$0]! }) }
    }

    func diagnostics(file: String) -> [Diagnostic] {
        // The data flow only answers questions about reads; a machine without any skips it,
        // and one that assigns nothing either has nothing to report (most JSONPath machines:
        // the sets of thousands of scopes cost more than the rest of this check).
        let anyReads = facts.states.contains { $0.contains { !$0.reads.isEmpty } }
        if !anyReads, ids.isEmpty { return [] }
        var out = VariableReporter(file: file)
        var used = [NameSet](repeating: NameSet(capacity: ids.count), count: facts.states.count)
        var entries = [NameSet](repeating: NameSet(capacity: ids.count), count: facts.states.count)
        for s in graph.scopes.indices {
            let states = graph.scopes[s].scope.states
            let visible = tree.visibleScopes(from: s)
            checkAssignments(scope: s, into: &out)
            let sets = anyReads
                ? DefiniteAssignment.solve(graph.scopes[s], entry: entries[s], transfer: transfers(scope: s))
                : [NameSet?](repeating: nil, count: states.count)
            for child in tree.childScopes[s] where tree.seesOuterVariables[child] {
                entries[child] = tree.owner[child].flatMap { sets[$0.state] } ?? NameSet(capacity: ids.count)
            }
            // By index: a copy of each state counted a reference, and most read nothing.
            for i in states.indices {
                for read in facts.states[s][i].reads {
                    let state = states[i]
                    // A name assigned nowhere has no id, and is visible nowhere.
                    let id = ids[read.name]
                    if let id { for t in visible { used[t].insert(id) } }
                    guard let id, visible.contains(where: { assignedIDs[$0].contains(id) }) else {
                        out.undefined(read, state: state.name, distributed: isHiddenByDistributedMap(read.name, scope: s))
                        continue
                    }
                    if let set = sets[i], !set.contains(id) {
                        out.maybeUnassigned(read, state: state.name)
                    }
                }
            }
        }
        for s in graph.scopes.indices where !assignedIn[s].isEmpty {
            var reported = Set<String>()
            let states = graph.scopes[s].scope.states
            for i in states.indices {
                let state = states[i]
                for a in facts.states[s][i].allAssignments where !used[s].contains(ids[a.name]!) && VariableNames.problem(a.name) == nil && reported.insert(a.name).inserted {
                    out.unused(a, state: state.name)
                }
            }
        }
        return out.diagnostics
    }

    private func transfers(scope s: Int) -> [DefiniteAssignment.Transfer] {
        func set(_ assignments: [VariableAssignment]) -> NameSet {
            NameSet(capacity: ids.count, members: assignments.compactMap { ids[$0.name] })
        }
        return facts.states[s].map { state in
            DefiniteAssignment.Transfer(
                state: set(state.assign ?? []), rules: state.ruleAssigns.mapValues(set), catchers: state.catcherAssigns.mapValues(set))
        }
    }

    /// Names that are invalid, or that an inner scope assigns although an outer scope owns them.
    private func checkAssignments(scope s: Int, into out: inout VariableReporter) {
        guard !assignedIn[s].isEmpty else { return }
        for (i, state) in graph.scopes[s].scope.states.enumerated() {
            for a in facts.states[s][i].allAssignments {
                if let problem = VariableNames.problem(a.name) {
                    out.invalidName(a, problem: problem, state: state.name)
                } else if let outer = outerOwner(of: a.name, from: s) {
                    out.assignsOuter(a, outer: graph.scopes[outer].scope.displayName, state: state.name)
                }
            }
        }
    }

    /// The nearest visible outer scope in which a state assigns `name`, not counting the
    /// Parallel or Map state that owns the inner scope: its own `Assign` and Catchers run after
    /// the branches finish (LocalStack's AWS-recorded `parallel_catch_error_variable_sampling`
    /// assigns one name in a branch and in the Parallel's Catcher).
    private func outerOwner(of name: String, from scope: Int) -> Int? {
        var current = scope
        while tree.seesOuterVariables[current], let o = tree.owner[current] {
            if let states = assigners[o.scope][name], states.contains(where: { $0 != o.state }) { return o.scope }
            current = o.scope
        }
        return nil
    }

    /// The name exists outside a Distributed Map that hides outer variables from `scope`.
    private func isHiddenByDistributedMap(_ name: String, scope: Int) -> Bool {
        tree.enclosingScopes(of: scope).contains { assignedIn[$0].contains(name) }
    }
}
