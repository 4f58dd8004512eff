import ASLSource

/// Where a YAML text ends, as libyaml counts lines (LF, CR, CRLF, NEL, LS and PS each end
/// one; columns in scalars): the position just after the last character.
///
/// At the end of a text without a final line break, libyaml's end-of-stream mark is on the
/// line after the last one, and so are an error found there and an empty node completed
/// there (`key:` or `? key` as the last line). No editor or annotation can show that line, so
/// such positions move to the end of the text (found by the `yaml` fuzz target).
struct YAMLTextEnd: Sendable {
    let end: SourcePosition

    init(_ text: String) {
        var line = 1
        var column = 1
        var afterCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where afterCR: break
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                line += 1
                column = 1
            default: column += 1
            }
            afterCR = scalar == "\r"
        }
        end = SourcePosition(line: line, column: column)
    }

    /// `position`, or the end of the text when it lies on a line past the last.
    func clamped(_ position: SourcePosition) -> SourcePosition {
        position.line > end.line ? end : position
    }
}
