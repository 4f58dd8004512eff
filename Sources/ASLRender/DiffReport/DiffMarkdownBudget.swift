/// Which changes of which machine the comment lists when it can list only the first `count`:
/// the order is kind first, then machine, then the list's own order, so every machine's
/// removed and added states come before any machine's changed timeouts, and those before
/// transitions.
struct DiffMarkdownBudget {
    private var lists: [DiffChangeLists]

    init(_ lists: [DiffChangeLists]) { self.lists = lists }

    var total: Int { lists.reduce(0) { $0 + $1.total } }

    /// Items of each list among the first `count` in importance order.
    func shown(_ count: Int) -> [DiffMarkdownSection.Shown] {
        var left = count
        var shown = lists.map { _ in DiffMarkdownSection.Shown() }
        for kind in DiffChangeLists.Kind.allCases {
            for (m, list) in lists.enumerated() where left > 0 {
                let taken = min(left, list.count(kind))
                shown[m].items[kind] = taken
                left -= taken
            }
        }
        return shown
    }
}
