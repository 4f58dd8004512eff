import ASLSource

/// Random access to the lines of a text by 1-based line number and scalar column, for readers
/// that must check what the source looks like at a position (is this scalar written on one
/// line without escapes? how far is this block indented?).
struct SourceLines: Sendable {
    private let text: String
    /// The UTF-8 offset at which each line starts. Offsets, not a `Substring` per line: those
    /// took 32 bytes a line, 160 MB for a 40 MB YAML list of numbers (10.3× its size).
    private let starts: [UInt32]

    /// Splits at each LF, dropping a CR before it (CRLF files), by bytes: splitting the
    /// `String` by `Character` cost 43% of reading a folder of YAML templates, and kept CRLF
    /// files on one line (`"\r\n"` is one `Character`, not `"\n"`). A text is at most 64 MiB
    /// (`FileContents.maximumBytes`), so offsets fit 32 bits.
    init(_ text: String) {
        var starts: [UInt32] = [0]
        var offset: UInt32 = 0
        for byte in text.utf8 {
            offset &+= 1
            if byte == UInt8(ascii: "\n") { starts.append(offset) }
        }
        self.text = text
        self.starts = starts
    }

    var count: Int { starts.count }

    /// Line `number` (1-based) without its line break, or `nil` past the end.
    func line(_ number: Int) -> Substring? {
        guard number >= 1 && number <= starts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(starts[number - 1]))
        var end = number < starts.count ? utf8.index(utf8.startIndex, offsetBy: Int(starts[number]) - 1) : utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
        return text[start..<end]
    }

    /// Columns past this are not looked at: finding a column walks the line, and a minified
    /// one-line document would make every look quadratic.
    static let maximumCheckedColumn = 4_096

    /// The rest of line `position.line` from `position.column` (columns count scalars), or `nil`
    /// past the end or beyond `maximumCheckedColumn`.
    func text(from position: SourcePosition) -> Substring.UnicodeScalarView? {
        guard position.column <= Self.maximumCheckedColumn, let line = line(position.line) else { return nil }
        let scalars = line.unicodeScalars
        guard let start = scalars.index(scalars.startIndex, offsetBy: position.column - 1, limitedBy: scalars.endIndex)
        else { return nil }
        return scalars[start...]
    }


    /// Whether `value` is written verbatim at `position` (and, when `terminator` is given,
    /// directly followed by it), which is what makes source columns inside it exact.
    func hasVerbatim(_ value: String, at position: SourcePosition, followedBy terminator: Unicode.Scalar? = nil) -> Bool {
        guard var rest = text(from: position) else { return false }
        for scalar in value.unicodeScalars {
            guard let first = rest.first, first == scalar else { return false }
            rest = rest.dropFirst()
        }
        guard let terminator else { return true }
        return rest.first == terminator
    }

    /// The number of leading spaces of line `number`, or `nil` for a blank or missing line.
    func indentation(of number: Int) -> Int? {
        guard let line = line(number) else { return nil }
        let spaces = line.prefix { $0 == " " }.count
        return spaces == line.count ? nil : spaces
    }
}
