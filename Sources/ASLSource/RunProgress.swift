/// Where a long run says how far it has got: told the number of items once, then each item as
/// it is done (from any thread). The pipeline calls it; the command line decides whether it is
/// shown (a progress line on a terminal) or ignored.
public protocol RunProgress: Sendable {
    func start(total: Int)
    /// One more item is done; `item` names it (a file path, a machine), possibly hostile text.
    func advance(item: String)
}
