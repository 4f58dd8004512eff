import ASLModel

/// How the scopes of a machine nest: for each scope of `MachineGraph.scopes`, the state that
/// owns it, whether it runs inside a Map iteration, and whether it can see outer variables.
struct ScopeTree: Sendable {
    struct Owner: Hashable, Sendable {
        /// Index of the enclosing scope in `MachineGraph.scopes`.
        var scope: Int
        /// Index of the Parallel or Map state in that scope.
        var state: Int
    }

    /// `nil` for the machine's own scope.
    let owner: [Owner?]
    /// The scope is a Map processor or lies inside one, so `$$.Map.Item…` exists there.
    let insideMap: [Bool]
    /// A Distributed Map's child executions do not see the variables of outer scopes.
    let seesOuterVariables: [Bool]
    /// The scopes nested directly in each scope (owned by one of its states), in order.
    let childScopes: [[Int]]

    /// - Complexity: O(number of states + number of scopes).
    init(graph: MachineGraph) {
        let (owner, distributed) = Self.owners(graph)
        // `allScopes` lists a scope before the scopes nested in it, so one pass in order works.
        var insideMap = [Bool](repeating: false, count: graph.scopes.count)
        for i in graph.scopes.indices {
            if case .mapProcessor = graph.scopes[i].scope.kind { insideMap[i] = true }
            if let o = owner[i], insideMap[o.scope] { insideMap[i] = true }
        }
        self.owner = owner
        self.insideMap = insideMap
        self.seesOuterVariables = distributed.map { !$0 }
        var children = [[Int]](repeating: [], count: graph.scopes.count)
        for (i, o) in owner.enumerated() { if let o { children[o.scope].append(i) } }
        self.childScopes = children
    }

    /// Each scope's owner, and whether that owner is a Distributed Map, found by walking the
    /// scopes in the order `StateMachine.allScopes` lists them (a scope, then the scopes of each
    /// of its states in order, each with all nested in it), which is the order of
    /// `MachineGraph.scopes`: the n-th scope the walk reaches is the graph's n-th, so no
    /// pointer is hashed to find it.
    static func owners(_ graph: MachineGraph) -> (owner: [Owner?], distributed: [Bool]) {
        var owner = [Owner?](repeating: nil, count: graph.scopes.count)
        var distributed = [Bool](repeating: false, count: graph.scopes.count)
        var pending: [(child: Scope, owner: Owner, distributed: Bool)] = []
        func pushChildren(of scope: Int) {
            let states = graph.scopes[scope].scope.states
            for i in states.indices.reversed() where !states[i].childScopes.isEmpty {
                let isDistributed = states[i].map?.mode == .distributed
                for child in states[i].childScopes.reversed() { pending.append((child, Owner(scope: scope, state: i), isDistributed)) }
            }
        }
        if !graph.scopes.isEmpty { pushChildren(of: 0) }
        var next = 1
        while next < graph.scopes.count, let entry = pending.popLast() {
            assert(graph.scopes[next].scope.pointer == entry.child.pointer, "MachineGraph.scopes is not in allScopes order")
            owner[next] = entry.owner
            distributed[next] = entry.distributed
            pushChildren(of: next)
            next += 1
        }
        return (owner, distributed)
    }

    /// `scope` and the scopes whose variables it can read, innermost first.
    func visibleScopes(from scope: Int) -> [Int] {
        var result = [scope]
        var current = scope
        while seesOuterVariables[current], let o = owner[current] {
            result.append(o.scope)
            current = o.scope
        }
        return result
    }

    /// `scope` and every scope enclosing it, innermost first (whatever variables they share).
    func enclosingScopes(of scope: Int) -> [Int] {
        var result = [scope]
        var current = scope
        while let o = owner[current] {
            result.append(o.scope)
            current = o.scope
        }
        return result
    }
}
