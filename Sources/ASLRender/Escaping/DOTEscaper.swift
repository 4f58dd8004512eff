/// Escapes text for the two kinds of strings a DOT file holds.
///
/// Graphviz reads a double-quoted string literally except for `\"`, and then interprets
/// backslash sequences (`\n`, `\N`, `\G`, …) in labels, tooltips and ids ("escString").
/// Doubling every backslash before escaping quotes keeps both steps literal.
public enum DOTEscaper {
    /// The inside of a double-quoted DOT string; newlines become Graphviz's `\n` line break.
    public static func quoted(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": break
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

    /// Text inside an HTML-like label (`<...>`): XML entities, newlines as `<BR/>`.
    public static func html(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "<BR/>"
            case "\r": break
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
}
