import Dispatch

extension Collection where Index == Int {
    /// `map` with the elements spread over the machine's cores, results in the original order.
    /// Synchronous, like the pipeline it serves: validation is pure CPU work over immutable
    /// values, and Dispatch's `concurrentPerform` sizes its width to the cores and handles
    /// nesting (a file-level map whose bodies map over checks) without oversubscribing.
    /// With `concurrently == false` it is a plain `map` (small inputs, where a thread hand-off
    /// costs more than the work). Collections longer than 64 go out in at most 64 contiguous chunks, so
    /// that the hand-off is paid per chunk and not per element.
    package func concurrentMap<T: Sendable>(
        concurrently: Bool = true, _ transform: @Sendable (Element) -> T
    ) -> [T] where Self: Sendable {
        guard concurrently, count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        let chunkSize = count <= Self.unchunkedLimit ? 1 : (count + Self.unchunkedLimit - 1) / Self.unchunkedLimit
        let chunks = (count + chunkSize - 1) / chunkSize
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for offset in chunk * chunkSize..<Swift.min(count, (chunk + 1) * chunkSize) {
                results.store(transform(self[startIndex + offset]), at: offset)
            }
        }
        return results.values()
    }

    /// Up to this many elements, each is its own task (a list of checks of unequal cost).
    private static var unchunkedLimit: Int { 64 }
}

/// One slot per iteration, each written by exactly one iteration and read only after
/// `concurrentPerform` has returned, which is what makes the unchecked `Sendable` sound. Raw
/// storage rather than an array: writes from several threads must not go through an array's
/// copy-on-write check.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) { slots[index] = value }

    func values() -> [T] { slots.map { $0! } }
}
