import ASLSource

/// libyaml reads far ahead before it gives up on nesting depth, so its error points at the
/// start of the document. For flow collections (`[[[[...`) we find the bracket that first goes
/// deeper than the limit ourselves, as the JSON reader reports it.
enum YAMLNestingLocator {
    /// The position of the first `[` or `{` nested deeper than `limit`, ignoring quoted text and
    /// comments; `nil` if flow nesting never gets that deep (the depth is in block structure).
    /// - Complexity: O(n).
    static func firstTooDeepBracket(in text: String, limit: Int) -> SourcePosition? {
        var depth = 0
        var line = 1
        var column = 0
        var quote: Unicode.Scalar?
        var inComment = false
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "\n" {
                line += 1
                column = 0
                inComment = false
                continue
            }
            if inComment { continue }
            if let open = quote {
                if scalar == open { quote = nil }
                continue
            }
            switch scalar {
            case "\"", "'": quote = scalar
            case "#": inComment = true
            case "[", "{":
                depth += 1
                if depth > limit { return SourcePosition(line: line, column: column) }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }
}
