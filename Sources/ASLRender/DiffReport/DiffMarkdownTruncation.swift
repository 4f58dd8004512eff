/// The last resort of the Markdown comment, when not even every machine's figures fit: keep
/// whole lines while they fit with the note, and close every `<details>` the cut leaves
/// open. The summary it cuts opens no code fence, so a cut table is all that can be left
/// (and a table simply ends at the next line).
enum DiffMarkdownTruncation {
    static let note = "_Report truncated to stay within GitHub's comment size; `aslkit diff --format text` (or `--format json`) lists every change._"
    static let closer = "</details>"

    /// At most `limit` UTF-16 units.
    static func cut(_ text: String, to limit: Int) -> String {
        var kept: [Substring] = []
        var length = 0
        var open = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var opens = open
            if line.hasPrefix("<details>") { opens += 1 }
            if line.hasPrefix(closer) { opens = max(0, opens - 1) }
            let after = length + line.utf16.count + 1
            guard after + ending(open: opens).utf16.count <= limit else { break }
            kept.append(line)
            length = after
            open = opens
        }
        let result = kept.joined(separator: "\n") + "\n" + ending(open: open)
        return result.utf16.count <= limit ? result : String(note.prefix(max(0, limit)))
    }

    /// The closers of the open blocks, then the note.
    private static func ending(open: Int) -> String {
        "\n" + Array(repeating: closer + "\n\n", count: open).joined() + note + "\n"
    }
}
