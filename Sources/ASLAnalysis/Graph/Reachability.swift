extension ScopeGraph {
    // Both searches follow edge indices in place: `successors(of:)` and `predecessors(of:)`
    // return a new array per state, an allocation (and a generic metadata look-up) for each
    // state of every scope. A scope of one state, as most of a mixed machine's branches and
    // Map processors are, needs no stack either.

    /// States reachable from `StartAt`. A state referenced only by unreachable states is
    /// unreachable too, which counting incoming references (as some validators do) misses.
    /// - Complexity: O(V + E), iterative.
    public func reachableFromStart() -> [Bool] {
        var seen = Array(repeating: false, count: count)
        guard let start else { return seen }
        seen[start] = true
        if count == 1 { return seen }
        var stack = [start]
        while let node = stack.popLast() {
            for edge in outgoing[node] {
                let next = edges[edge].to
                if seen[next] { continue }
                seen[next] = true
                stack.append(next)
            }
        }
        return seen
    }

    /// States from which some terminal state (End, Succeed or Fail) can be reached.
    /// - Complexity: O(V + E), iterative.
    public func canReachTermination() -> [Bool] {
        if count == 1 { return [termination[0] != nil] }
        var seen = Array(repeating: false, count: count)
        var stack: [Int] = []
        for i in 0..<count where termination[i] != nil {
            seen[i] = true
            stack.append(i)
        }
        while let node = stack.popLast() {
            for edge in incoming[node] {
                let previous = edges[edge].from
                if seen[previous] { continue }
                seen[previous] = true
                stack.append(previous)
            }
        }
        return seen
    }
}
