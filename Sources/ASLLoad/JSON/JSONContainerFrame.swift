import ASLSource

/// An open array or object on the parser's explicit stack. Its children wait on the parser's
/// shared pending stacks from `firstPending` on, and move into the arena when it closes.
struct JSONContainerFrame {
    let position: SourcePosition
    let isObject: Bool
    /// Where this container's children start on the parser's pending stack of its kind.
    let firstPending: Int
    /// Children attached so far (for a JSON pointer to the next one).
    var count = 0
    /// An array's elements while they are evenly spaced nodes (scalars, same-shaped
    /// containers): the first of them and the spacing (0 until the second), with nothing on
    /// the pending stack. `nil` once a child breaks the run, when the run so far moves onto
    /// the pending stack (a million zeros would take 4 MB there).
    var run: UInt32? = nil
    var stride: UInt32 = 0
    var pendingKey: UInt32 = 0
    var pendingKeyPosition = SourcePosition(line: 0, column: 0)
    var keys = OpenObjectKeys()

    init(position: SourcePosition, isObject: Bool, firstPending: Int) {
        self.position = position
        self.isObject = isObject
        self.firstPending = firstPending
    }
}
