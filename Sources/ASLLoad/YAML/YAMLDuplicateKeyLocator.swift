import ASLSource

/// Yams aborts composing at the first duplicate mapping key and reports only the first
/// occurrence. To report the repeat and keep reading, we find the repeat in the text and rename
/// it (to private-use characters of the same length, so no column moves), then compose again;
/// the converter then drops the renamed key.
enum YAMLDuplicateKeyLocator {
    struct Repeat {
        /// Where the key starts (its opening quote, if quoted): what Yams marks.
        var position: SourcePosition
        /// Where its characters start and how many there are (quotes excluded).
        var contentColumn: Int
        var length: Int
    }

    /// The next occurrence of `key` as a mapping key after `first`: later in the same flow
    /// mapping on that line, or at the same column on a later line of the same block mapping.
    static func findRepeat(of key: String, after first: SourcePosition, in lines: SourceLines) -> Repeat? {
        guard let firstLine = lines.line(first.line) else { return nil }
        let scalars = Array(firstLine.unicodeScalars)
        var index = first.column
        while index < scalars.count {
            if let found = match(key, in: scalars, at: index), followsFlowSeparator(scalars, index) {
                return Repeat(position: SourcePosition(line: first.line, column: index + 1), contentColumn: found.0, length: found.1)
            }
            index += 1
        }
        var number = first.line + 1
        while let line = lines.line(number) {
            defer { number += 1 }
            guard let indent = lines.indentation(of: number), line.dropFirst(indent).first != "#" else { continue }
            if indent < first.column - 1 { return nil }
            guard indent == first.column - 1 else { continue }
            if let found = match(key, in: Array(line.unicodeScalars), at: indent) {
                return Repeat(position: SourcePosition(line: number, column: indent + 1), contentColumn: found.0, length: found.1)
            }
        }
        return nil
    }

    /// `key` written plain or quoted at `index` and followed by `:`: (content column, length).
    private static func match(_ key: String, in scalars: [Unicode.Scalar], at index: Int) -> (Int, Int)? {
        let keyScalars = Array(key.unicodeScalars)
        for quote in [nil, "\"", "'"] as [Unicode.Scalar?] {
            let candidate = quote.map { [$0] + keyScalars + [$0] } ?? keyScalars
            let end = index + candidate.count
            guard !keyScalars.isEmpty, end <= scalars.count, Array(scalars[index..<end]) == candidate else { continue }
            var after = end
            while after < scalars.count, scalars[after] == " " { after += 1 }
            if after < scalars.count, scalars[after] == ":" {
                return (index + 1 + (quote == nil ? 0 : 1), keyScalars.count)
            }
        }
        return nil
    }

    private static func followsFlowSeparator(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        var previous = index - 1
        while previous >= 0, scalars[previous] == " " { previous -= 1 }
        return previous >= 0 && (scalars[previous] == "{" || scalars[previous] == ",")
    }

    /// `text` with the repeat's characters replaced by private-use scalars unique to `serial`.
    static func renaming(_ text: String, _ found: Repeat, serial: Int) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let index = found.position.line - 1
        let start = found.contentColumn - 1
        guard index < lines.count, start + found.length <= lines[index].count else { return text }
        let marker = Unicode.Scalar(0xE000 + UInt32(serial % 0x1800))!
        for offset in 0..<found.length {
            lines[index][start + offset] = offset == 0 ? marker : "\u{E000}"
        }
        var result = String.UnicodeScalarView()
        for (number, line) in lines.enumerated() {
            if number > 0 { result.append("\n") }
            result.append(contentsOf: line)
        }
        return String(result)
    }
}
