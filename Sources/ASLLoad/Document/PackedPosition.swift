import ASLSource

/// A line and column in 32 bits each; line 0 stands for "none". Lines and columns beyond
/// 2^31 - 1 (no file a reader accepts has them) are clamped.
struct PackedPosition: Hashable, Sendable {
    let line: Int32
    let column: Int32

    static let none = PackedPosition(line: 0, column: 0)

    init(line: Int32, column: Int32) {
        self.line = line
        self.column = column
    }

    init(_ position: SourcePosition) {
        line = Int32(clamping: position.line)
        column = Int32(clamping: position.column)
    }

    init(_ position: SourcePosition?) {
        self = position.map(PackedPosition.init) ?? .none
    }

    var unpacked: SourcePosition { SourcePosition(line: Int(line), column: Int(column)) }

    var unpackedIfSet: SourcePosition? { line == 0 ? nil : unpacked }
}
