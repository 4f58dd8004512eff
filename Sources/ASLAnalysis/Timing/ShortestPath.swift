/// Dijkstra over the states of one scope, weights on the states entered, for the shortest
/// successful path: only `Next`/Choice edges (no Catch), ending where the scope succeeds.
///
/// - Complexity: O((V + E) log V), with a binary heap.
struct ShortestPath {
    let count: Int
    let weight: [Measure]
    let edges: [FlowEdge]
    let outgoing: EdgeLists
    /// States where the scope ends successfully.
    let isSuccess: [Bool]

    struct Result {
        var total: Measure
        /// States in order and, for each after the first, the edge that enters it.
        var path: [(state: Int, entry: Int?)]
    }

    func run(from start: Int, key: @escaping (Measure) -> (Double, Double)) -> Result? {
        guard weight[start].seconds.isFinite else { return nil }
        var dist = [Measure?](repeating: nil, count: count)
        var entry = [Int?](repeating: nil, count: count)
        var done = [Bool](repeating: false, count: count)
        var heap = MinHeap<(Double, Double, Int)> { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        dist[start] = weight[start]
        heap.push((key(weight[start]).0, key(weight[start]).1, start))
        while let (_, _, node) = heap.pop() {
            guard !done[node] else { continue }
            done[node] = true
            if isSuccess[node] {
                var path: [(state: Int, entry: Int?)] = [(node, entry[node])]
                var current = node
                while let e = entry[current] {
                    current = edges[e].from
                    path.append((current, entry[current]))
                }
                path.reverse()
                return Result(total: dist[node]!, path: path)
            }
            for e in outgoing[node] {
                if case .catcher = edges[e].kind { continue }
                let next = edges[e].to
                guard !done[next], weight[next].seconds.isFinite else { continue }
                let candidate = dist[node]! + weight[next]
                if let known = dist[next], key(known) <= key(candidate) { continue }
                dist[next] = candidate
                entry[next] = e
                let k = key(candidate)
                heap.push((k.0, k.1, next))
            }
        }
        return nil
    }
}

/// A binary min-heap; enough for Dijkstra (stale entries are skipped by the caller).
struct MinHeap<Element> {
    private var items: [Element] = []
    private let less: (Element, Element) -> Bool

    init(less: @escaping (Element, Element) -> Bool) { self.less = less }

    mutating func push(_ item: Element) {
        items.append(item)
        var i = items.count - 1
        while i > 0, less(items[i], items[(i - 1) / 2]) {
            items.swapAt(i, (i - 1) / 2)
            i = (i - 1) / 2
        }
    }

    mutating func pop() -> Element? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var smallest = i
            if l < items.count, less(items[l], items[smallest]) { smallest = l }
            if r < items.count, less(items[r], items[smallest]) { smallest = r }
            if smallest == i { break }
            items.swapAt(i, smallest)
            i = smallest
        }
        return top
    }
}
