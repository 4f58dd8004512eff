import ASLSource

/// Random access to the lines of a text by 1-based line number and scalar column, for readers
/// that must check what the source looks like at a position (is this scalar written on one
/// line without escapes? how far is this block indented?).
struct SourceLines: Sendable {
    private let lines: [Substring]

    /// Splits at each LF, dropping a CR before it (CRLF files), by bytes: splitting the
    /// `String` by `Character` cost 43% of reading a folder of YAML templates, and kept CRLF
    /// files on one line (`"\r\n"` is one `Character`, not `"\n"`).
    init(_ text: String) {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        func close(at end: String.Index) {
            var last = end
            if last > start, utf8[utf8.index(before: last)] == UInt8(ascii: "\r") { last = utf8.index(before: last) }
            lines.append(text[start..<last])
        }
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: "\n") {
                close(at: index)
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        close(at: utf8.endIndex)
        self.lines = lines
    }

    var count: Int { lines.count }

    /// Line `number` (1-based) without its line break, or `nil` past the end.
    func line(_ number: Int) -> Substring? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
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
