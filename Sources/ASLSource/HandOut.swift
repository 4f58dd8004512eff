/// Hands each element of an array out once, to the worker of a `concurrentMap` over its
/// indices, which then owns it alone: a loaded document is freed as soon as its machine is
/// done, not when the last machine of the run is.
///
/// Each slot is read and emptied by the one iteration of its index, as `ResultSlots` is written,
/// which is what makes the unchecked `Sendable` sound without a lock (`Mutex` needs macOS 15;
/// the package targets macOS 13).
package final class HandOut<Element: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Element?>

    /// The caller should drop its own copy of `elements` afterwards, or nothing is freed early.
    package init(_ elements: [Element]) {
        slots = .allocate(capacity: elements.count)
        _ = slots.initialize(from: elements.lazy.map(Optional.some))
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// The element at `index`; each index may be taken once, by one thread.
    package func take(_ index: Int) -> Element {
        guard let element = slots[index] else { preconditionFailure("element \(index) handed out twice") }
        slots[index] = nil
        return element
    }
}
