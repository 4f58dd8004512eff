import ASLSource

/// A line and column in 32 bits each; line 0 stands for "none". Lines and columns beyond
/// 2^31 - 1 (no file a reader accepts has them) are clamped. The model keeps its positions
/// this way too: two `Int`s per position were a sixth of a state's storage.
package struct PackedPosition: Hashable, Sendable {
    package let line: Int32
    package let column: Int32

    package static let none = PackedPosition(line: 0, column: 0)

    package init(line: Int32, column: Int32) {
        self.line = line
        self.column = column
    }

    package init(_ position: SourcePosition) {
        line = Int32(clamping: position.line)
        column = Int32(clamping: position.column)
    }

    package init(_ position: SourcePosition?) {
        self = position.map(PackedPosition.init) ?? .none
    }

    package var unpacked: SourcePosition { SourcePosition(line: Int(line), column: Int(column)) }

    package var unpackedIfSet: SourcePosition? { line == 0 ? nil : unpacked }
}
