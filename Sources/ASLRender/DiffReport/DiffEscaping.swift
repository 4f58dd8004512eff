/// Escaping for what the diff report writes: Markdown text and code spans, link targets and
/// Mermaid labels. State names can hold anything (quotes, `<>&`, pipes, backticks, `%%`,
/// newlines, `-->`), so nothing from a definition is written unescaped.
///
/// Kept apart from the diagram renderer's escapers (branch `render`) so the two can land in
/// either order; the lead may fold them together.
enum DiffEscaping {
    /// Inline Markdown text: ASCII punctuation backslash-escaped, `<>&` as entities (no HTML
    /// gets through), line breaks as spaces.
    static func markdown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r", "\t": out += " "
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", "!", "|", "~", "$", "%", "=", "\"", "'", ":", "@":
                out += "\\"
                out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A code span holding any text: the fence is longer than any backtick run inside, pipes
    /// are escaped (GitHub splits table cells on them even in code), line breaks become `⏎`.
    static func code(_ text: String) -> String {
        var flat = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": flat += "⏎"
            case "\r": break
            case "|": flat += "\\|"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { flat += " " } else { flat.unicodeScalars.append(scalar) }
            }
        }
        var longest = 0, run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") || flat.hasPrefix(" ") || flat.hasSuffix(" ") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    /// A link destination: everything but unreserved characters and `/` percent-encoded, so
    /// spaces, parentheses and `#` in a file name cannot end or split the link.
    static func urlPath(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(UnicodeScalar(byte))
            if c.isASCII && (c.isLetter || c.isNumber || "-._~/".contains(c)) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).diffZeroPadded(to: 2)
            }
        }
        return out
    }

    /// Text inside a double-quoted Mermaid label. Mermaid decodes `#decimal;` codes, so every
    /// character the flowchart grammar or the HTML layer could act on is written as one
    /// (`"<>&#%;|` backticks, brackets, braces, backslash, `-` so `-->` cannot read as a link).
    static func mermaid(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "⏎"
            case "\r": break
            case "\"", "<", ">", "&", "#", "%", ";", "|", "`", "[", "]", "{", "}", "\\", "-", "=", "*", "_", "~":
                out += "#\(scalar.value);"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}

extension String {
    fileprivate func diffZeroPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
