import Foundation

/// `map` over `0..<count` on `width` threads, results in index order. Each thread takes the
/// next index when it is free, so one slow job (a large layout) does not hold up a fixed share
/// of the rest; the threads mostly wait on layout worker processes, which run on every core.
enum ParallelJobs {
    static func map<T: Sendable>(count: Int, width: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(width, count)) {
            group.enter()
            let thread = Thread {
                while let index = slots.claim() { slots.store(body(index), at: index) }
                group.leave()
            }
            thread.stackSize = 16 << 20  // as deep as the main thread's, for deeply nested machines
            thread.start()
        }
        group.wait()
        return slots.values()
    }

    /// The results, and the next index to hand out, behind one lock.
    private final class Slots<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [T?]
        private var next = 0

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.withLock {
                guard next < results.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func store(_ value: T, at index: Int) { lock.withLock { results[index] = value } }

        func values() -> [T] { lock.withLock { results.map { $0! } } }
    }
}
