/// Escapes text for GitHub-flavoured Markdown.
public enum MarkdownEscaper {
    /// Inline text (headings, list items, table cells). Only what Markdown would act on is
    /// escaped, so the text still reads well as plain text: emphasis, code, link and
    /// strikethrough punctuation, `$` (GitHub renders `$…$` as math), pipes (table cells), and
    /// `#`, `+`, `-`, `=` or an ordered-list number at the start. `<>&` become entities so no
    /// HTML is injected; a newline becomes a space so the text stays on its line; a
    /// bidirectional control is named (`⟨U+202E⟩`) so it cannot reorder what a reader sees.
    public static func inline(_ text: String) -> String { escape(text, mayStartBlock: true) }

    /// Text inside a table cell, where `-`, `#` or `1.` at the start are plain text.
    public static func cell(_ text: String) -> String { escape(text, mayStartBlock: false) }

    /// Most names hold nothing Markdown acts on: they are returned as they are, without
    /// making an array of their scalars (the report's state table escapes 50,000 of them).
    private static func escape(_ text: String, mayStartBlock: Bool) -> String {
        isPlain(text, mayStartBlock: mayStartBlock) ? text : escapeScalarByScalar(text, mayStartBlock: mayStartBlock)
    }

    /// Whether `escapeScalarByScalar` would keep `text` as it is: no byte it changes, no lead
    /// byte of a bidirectional control (0xD8 for U+061C, 0xE2 for the others), and where a
    /// block may start, no `#`, `+`, `-`, `=` or digit first.
    private static func isPlain(_ text: String, mayStartBlock: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if mayStartBlock, let first = bytes.first, "#+-=0123456789".utf8.contains(first) { return false }
            for byte in bytes {
                switch byte {
                case 0..<0x20, 0x7F, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "`"),
                    UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "~"),
                    UInt8(ascii: "$"), 0xD8, 0xE2:
                    return false
                default: continue
                }
            }
            return true
        }
    }

    /// The escaping itself, one scalar at a time.
    static func escapeScalarByScalar(_ text: String, mayStartBlock: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r", "\t": out += " "
            case "\\", "`", "*", "_", "[", "]", "|", "~", "$":
                out += "\\"
                out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += " "
                } else if scalar.isBidiControl {
                    out += scalar.bidiMarker
                } else if mayStartBlock, index == 0, "#+-=".unicodeScalars.contains(scalar) || startsOrderedList(scalars) {
                    out += "\\"
                    out.unicodeScalars.append(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// `12. ` or `3) ` at the start would turn a list item's text into a nested list.
    private static func startsOrderedList(_ scalars: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1 }
        return i > 0 && i < scalars.count && (scalars[i] == "." || scalars[i] == ")")
    }

    /// A code span that holds any text: the fence is one backtick longer than the longest run
    /// inside, padded with spaces when the text touches a backtick or a space. Pipes are escaped
    /// (GitHub splits table cells on them even inside code) and line breaks shown as `⏎`.
    public static func code(_ text: String) -> String {
        // Most texts (ARNs, paths, rule ids) hold no line break, pipe, control or bidi control.
        let flat = isFlat(text) ? text : flattened(text)
        var longest = 0
        if flat.utf8.contains(UInt8(ascii: "`")) {
            var run = 0
            for character in flat {
                run = character == "`" ? run + 1 : 0
                longest = max(longest, run)
            }
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") || flat.hasPrefix(" ") || flat.hasSuffix(" ") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    /// Whether `flattened` would keep `text` as it is (see `isPlain` for the lead bytes).
    private static func isFlat(_ text: String) -> Bool {
        !text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "|") || $0 == 0xD8 || $0 == 0xE2 }
    }

    /// `text` on one line for a code span: line breaks as `⏎`, pipes escaped, controls as spaces.
    static func flattened(_ text: String) -> String {
        var flat = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": flat += "⏎"
            case "\r": break
            case "|": flat += "\\|"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    flat += " "
                } else if scalar.isBidiControl {
                    flat += scalar.bidiMarker
                } else {
                    flat.unicodeScalars.append(scalar)
                }
            }
        }
        return flat
    }
}
