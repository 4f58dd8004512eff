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
        var owner = [Owner?](repeating: nil, count: graph.scopes.count)
        var distributed = [Bool](repeating: false, count: graph.scopes.count)
        if !Self.findOwnersInOrder(graph, owner: &owner, distributed: &distributed) {
            owner = [Owner?](repeating: nil, count: graph.scopes.count)
            distributed = [Bool](repeating: false, count: graph.scopes.count)
            Self.findOwnersByPointer(graph, owner: &owner, distributed: &distributed)
        }
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

    /// Owners found by walking the scopes as `StateMachine.allScopes` lists them (a scope, then
    /// the scopes of each of its states in order, each with all nested in it), each checked to
    /// be the graph's next scope by its pointer (the same string, compared without hashing).
    /// `false`, leaving the arrays partly filled, when the graph lists them otherwise.
    static func findOwnersInOrder(_ graph: MachineGraph, owner: inout [Owner?], distributed: inout [Bool]) -> Bool {
        guard !graph.scopes.isEmpty else { return true }
        var pending: [(child: Scope, owner: Owner, distributed: Bool)] = []
        func pushChildren(of scope: Int) {
            let states = graph.scopes[scope].scope.states
            for i in states.indices.reversed() where !states[i].childScopes.isEmpty {
                let isDistributed = states[i].map?.mode == .distributed
                for child in states[i].childScopes.reversed() { pending.append((child, Owner(scope: scope, state: i), isDistributed)) }
            }
        }
        pushChildren(of: 0)
        var next = 1
        while let entry = pending.popLast() {
            guard next < graph.scopes.count, graph.scopes[next].scope.pointer == entry.child.pointer else { return false }
            owner[next] = entry.owner
            distributed[next] = entry.distributed
            pushChildren(of: next)
            next += 1
        }
        return next == graph.scopes.count
    }

    /// Owners found through a dictionary of the scopes' pointers, whatever their order.
    static func findOwnersByPointer(_ graph: MachineGraph, owner: inout [Owner?], distributed: inout [Bool]) {
        var indexByPointer: [String: Int] = [:]
        indexByPointer.reserveCapacity(graph.scopes.count)
        for i in graph.scopes.indices { indexByPointer[graph.scopes[i].scope.pointer] = i }
        for si in graph.scopes.indices {
            let states = graph.scopes[si].scope.states
            for i in states.indices where !states[i].childScopes.isEmpty {
                let state = states[i]
                for child in state.childScopes {
                    guard let ci = indexByPointer[child.pointer] else { continue }
                    owner[ci] = Owner(scope: si, state: i)
                    distributed[ci] = state.map?.mode == .distributed
                }
            }
        }
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
