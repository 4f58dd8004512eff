extension ScopeGraph {
    /// States reachable from `StartAt`. A state referenced only by unreachable states is
    /// unreachable too, which counting incoming references (as some validators do) misses.
    /// - Complexity: O(V + E), iterative.
    public func reachableFromStart() -> [Bool] {
        var seen = Array(repeating: false, count: count)
        guard let start else { return seen }
        var stack = [start]
        seen[start] = true
        while let node = stack.popLast() {
            for next in successors(of: node) where !seen[next] {
                seen[next] = true
                stack.append(next)
            }
        }
        return seen
    }

    /// States from which some terminal state (End, Succeed or Fail) can be reached.
    /// - Complexity: O(V + E), iterative.
    public func canReachTermination() -> [Bool] {
        var seen = Array(repeating: false, count: count)
        var stack: [Int] = []
        for i in 0..<count where termination[i] != nil {
            seen[i] = true
            stack.append(i)
        }
        while let node = stack.popLast() {
            for previous in predecessors(of: node) where !seen[previous] {
                seen[previous] = true
                stack.append(previous)
            }
        }
        return seen
    }
}
