import Synchronization

/// Hands each element of an array out once, to the worker of a `concurrentMap` over its
/// indices, which then owns it alone: a loaded document is freed as soon as its machine is
/// done, not when the last machine of the run is.
package final class HandOut<Element: Sendable>: Sendable {
    private let slots: Mutex<[Element?]>

    /// The caller should drop its own copy of `elements` afterwards, or nothing is freed early.
    package init(_ elements: [Element]) {
        slots = Mutex(elements.map(Optional.some))
    }

    /// The element at `index`; each index may be taken once.
    package func take(_ index: Int) -> Element {
        slots.withLock { slots in
            guard let element = slots[index] else { preconditionFailure("element \(index) handed out twice") }
            slots[index] = nil
            return element
        }
    }
}
