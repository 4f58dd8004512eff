/// Prime paths (Ammann and Offutt, *Introduction to Software Testing*): simple paths (no state
/// twice, except a cycle's first state at its end) that are not a proper sub-path of another
/// simple path. Edges between the same two states count once.
///
/// A simple non-cycle path `v1…vn` is prime exactly when it cannot grow at either end: no
/// successor of `vn` is outside the path or equal to `v1`, and no predecessor of `v1` is outside
/// the path or equal to `vn`. Every simple cycle is prime (each rotation listed, as in the book).
/// Simple paths are enumerated by an explicit-stack depth-first search from every reachable
/// state; their number can be exponential, so the search stops at `cap` prime paths, after
/// `cap × 100` extensions, or once the paths found hold `listedStates(cap:)` states in all,
/// whichever comes first, and says so. (Without the last bound, a chain of 50,000 states
/// listed a thousand paths of up to 50,000 states each: 5.7 GB and 87 s.)
/// - Complexity: O(number of simple paths explored · V).
struct PrimePaths {
    let graph: ScopeGraph
    let reachable: [Bool]

    func enumerate(cap: Int) -> (paths: [[Int]], capped: Bool) {
        let successors = (0..<graph.count).map { uniqueSorted(graph.successors(of: $0).filter { reachable[$0] }) }
        let predecessors = (0..<graph.count).map { uniqueSorted(graph.predecessors(of: $0).filter { reachable[$0] }) }
        var result: [[Int]] = []
        var budget = cap.multipliedReportingOverflow(by: 100).overflow ? Int.max : cap * 100
        var listed = Self.listedStates(cap: cap)
        var onPath = Array(repeating: false, count: graph.count)
        for first in 0..<graph.count where reachable[first] {
            var path = [first]
            var next = [0]
            onPath[first] = true
            if isPrime(path, successors, predecessors, onPath) {
                result.append(path)
                listed -= path.count
            }
            while let position = next.last {
                let last = path[path.count - 1]
                guard position < successors[last].count else {
                    onPath[path.removeLast()] = false
                    next.removeLast()
                    continue
                }
                next[next.count - 1] += 1
                let w = successors[last][position]
                budget -= 1
                if budget < 0 || result.count > cap || listed < 0 { return (Array(result.prefix(cap)), true) }
                if w == first {
                    result.append(path + [first])
                    listed -= path.count + 1
                } else if !onPath[w] {
                    path.append(w)
                    next.append(0)
                    onPath[w] = true
                    if isPrime(path, successors, predecessors, onPath) {
                        result.append(path)
                        listed -= path.count
                    }
                }
            }
        }
        return result.count > cap || listed < 0 ? (Array(result.prefix(cap)), true) : (result, false)
    }

    /// The most states all listed paths may hold together: a hundred per path the cap allows,
    /// at most a million (some 10 MB of names in the output).
    static func listedStates(cap: Int) -> Int {
        let (product, overflow) = cap.multipliedReportingOverflow(by: 100)
        return overflow ? 1_000_000 : min(product, 1_000_000)
    }

    private func isPrime(_ path: [Int], _ successors: [[Int]], _ predecessors: [[Int]], _ onPath: [Bool]) -> Bool {
        let first = path[0], last = path[path.count - 1]
        if successors[last].contains(where: { !onPath[$0] || $0 == first }) { return false }
        return !predecessors[first].contains(where: { !onPath[$0] || $0 == last })
    }

    private func uniqueSorted(_ states: [Int]) -> [Int] { Array(Set(states)).sorted() }
}
