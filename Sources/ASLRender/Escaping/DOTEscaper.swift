/// Escapes text for the two kinds of strings a DOT file holds.
///
/// Graphviz reads a double-quoted string literally except for `\"`, and then interprets
/// backslash sequences (`\n`, `\N`, `\G`, …) in labels, tooltips and ids ("escString").
/// Doubling every backslash before escaping quotes keeps both steps literal.
public enum DOTEscaper {
    /// The inside of a double-quoted DOT string; newlines become Graphviz's `\n` line break.
    public static func quoted(_ text: String) -> String { quotedEscaping.escaped(text) }

    /// Text inside an HTML-like label (`<...>`): XML entities, newlines as `<BR/>`.
    public static func html(_ text: String) -> String { htmlEscaping.escaped(text) }

    static let quotedEscaping = ScalarEscaping(quotedReplacement)
    static let htmlEscaping = ScalarEscaping(htmlReplacement)

    static func quotedReplacement(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\\": "\\\\"
        case "\"": "\\\""
        case "\n": "\\n"
        case "\r": ""
        default: nil
        }
    }

    static func htmlReplacement(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": "&#39;"
        case "\n": "<BR/>"
        case "\r": ""
        default: nil
        }
    }
}
