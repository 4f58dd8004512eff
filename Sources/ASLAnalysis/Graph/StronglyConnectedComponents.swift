extension ScopeGraph {
    /// Strongly connected components by Tarjan's algorithm with an explicit stack, so that a
    /// hostile 100,000-state chain cannot overflow the call stack. Components come out in
    /// reverse topological order; each lists its states in ascending index order.
    /// - Complexity: O(V + E).
    public func stronglyConnectedComponents() -> StronglyConnectedComponents {
        var index = Array(repeating: -1, count: count)
        var lowLink = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var tarjanStack: [Int] = []
        var components = StronglyConnectedComponents(states: count)
        var nextIndex = 0
        // Each frame: node and the position in its successor list.
        var frames: [(node: Int, edge: Int)] = []
        for root in 0..<count where index[root] == -1 {
            frames.append((root, 0))
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            tarjanStack.append(root)
            onStack[root] = true
            while let frame = frames.last {
                let out = outgoing[frame.node]
                if frame.edge < out.count {
                    frames[frames.count - 1].edge += 1
                    let next = edges[out[frame.edge]].to
                    if index[next] == -1 {
                        index[next] = nextIndex
                        lowLink[next] = nextIndex
                        nextIndex += 1
                        tarjanStack.append(next)
                        onStack[next] = true
                        frames.append((next, 0))
                    } else if onStack[next] {
                        lowLink[frame.node] = min(lowLink[frame.node], index[next])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last {
                    lowLink[parent.node] = min(lowLink[parent.node], lowLink[frame.node])
                }
                if lowLink[frame.node] == index[frame.node] {
                    while let member = tarjanStack.popLast() {
                        onStack[member] = false
                        components.appendMember(member)
                        if member == frame.node { break }
                    }
                    components.finishComponent()
                }
            }
        }
        return components
    }

    /// Components that contain a cycle: more than one state, or a state with an edge to itself.
    public func cycles() -> [[Int]] {
        stronglyConnectedComponents().filter { component in
            component.count > 1 || successors(of: component[0]).contains(component[0])
        }.map(Array.init)
    }
}

/// Strongly connected components, each a list of state indices, all kept in two flat arrays:
/// a 50,000-state chain has 50,000 one-state components, which as arrays of their own cost
/// 2.4 MB instead of 0.4 MB.
public struct StronglyConnectedComponents: RandomAccessCollection, Sendable {
    private var members: [Int32] = []
    /// `offsets[c] ..< offsets[c + 1]` is the range of `members` holding component `c`.
    private var offsets: [Int32] = [0]

    public var startIndex: Int { 0 }
    public var endIndex: Int { offsets.count - 1 }

    /// Component `c`'s states, ascending.
    public subscript(c: Int) -> IndexList { IndexList(members[Int(offsets[c])..<Int(offsets[c + 1])]) }

    /// Room for `states` members: every state is in exactly one component.
    init(states: Int = 0) { members.reserveCapacity(states) }

    mutating func appendMember(_ state: Int) { members.append(Int32(state)) }

    /// Ends the component begun after the previous one, sorting its states.
    mutating func finishComponent() {
        let start = Int(offsets[offsets.count - 1])
        members[start...].sort()
        offsets.append(Int32(members.count))
    }
}
