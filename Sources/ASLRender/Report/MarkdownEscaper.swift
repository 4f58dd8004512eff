/// Escapes text for GitHub-flavoured Markdown.
public enum MarkdownEscaper {
    /// Inline text (headings, list items, table cells): Markdown punctuation is backslash-escaped,
    /// `<>&` become entities so no HTML is injected, pipes cannot split a table cell, and a
    /// newline becomes a space so the text stays on its line.
    public static func inline(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r", "\t": out += " "
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", "!", "|", "~", "$", "%", "=":
                out += "\\"
                out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A code span (`` `text` ``) that holds any text: the fence is one backtick longer than the
    /// longest run inside, padded with spaces when the text touches a backtick. Pipes are
    /// escaped because GitHub splits table cells on them even inside code spans.
    public static func code(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "|", with: "\\|")
        var longest = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") || flat.hasPrefix(" ") ? " " : ""
        return fence + pad + flat + pad + fence
    }
}
