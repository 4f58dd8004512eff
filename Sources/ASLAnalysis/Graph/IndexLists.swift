/// Edge indices per state, all in one flat array (compressed sparse rows): two arrays for the
/// whole scope instead of one heap array per state. A 50,000-state chain paid 4.4 MB for its
/// 100,000 one- and two-element arrays (outgoing and incoming); this costs 0.6 MB.
public struct EdgeLists: RandomAccessCollection, Sendable {
    /// `offsets[v] ..< offsets[v + 1]` is the range of `edgeIndices` holding state `v`'s edges.
    private let offsets: [Int32]
    private let edgeIndices: [Int32]

    /// Groups `edgeCount` edges by `state(edge)`, keeping each state's edges in edge order
    /// (a counting sort).
    /// - Complexity: O(V + E).
    init(states: Int, edgeCount: Int, state: (Int) -> Int) {
        // Counted one slot further on, so that after the sums `offsets[v + 1]` is where state
        // `v`'s edges start, and placing each edge moves it to where they end, which is where
        // state `v + 1`'s start: the offsets come out right without a second array of cursors
        // (an allocation per list, two per scope, of a machine with thousands of scopes).
        var offsets = [Int32](repeating: 0, count: states + 1)
        for e in 0..<edgeCount where state(e) + 2 <= states { offsets[state(e) + 2] += 1 }
        if states >= 2 { for v in 2...states { offsets[v] += offsets[v - 1] } }
        var edgeIndices = [Int32](repeating: 0, count: edgeCount)
        for e in 0..<edgeCount {
            let v = state(e)
            edgeIndices[Int(offsets[v + 1])] = Int32(e)
            offsets[v + 1] += 1
        }
        self.offsets = offsets
        self.edgeIndices = edgeIndices
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { offsets.count - 1 }

    /// The indices of state `v`'s edges, ascending.
    public subscript(v: Int) -> IndexList {
        IndexList(edgeIndices[Int(offsets[v])..<Int(offsets[v + 1])])
    }
}

/// Indices kept as 32-bit integers, read as `Int`s and numbered from 0: one state's edges
/// (``EdgeLists``) or one component's states (``StronglyConnectedComponents``).
public struct IndexList: RandomAccessCollection, Sendable {
    private let slice: ArraySlice<Int32>

    init(_ slice: ArraySlice<Int32>) { self.slice = slice }

    public var startIndex: Int { 0 }
    public var endIndex: Int { slice.count }
    public subscript(position: Int) -> Int { Int(slice[slice.startIndex + position]) }
}
