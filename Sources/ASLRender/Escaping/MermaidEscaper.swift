/// Escapes text placed inside a double-quoted Mermaid label (`id["…"]`, `-->|"…"|`).
///
/// Mermaid decodes `#name;` and `#decimal;` entity codes in labels, so every character that
/// the flowchart grammar or the HTML label layer could act on is written as a code: quotes,
/// markup (`<>&`), entity and comment starters (`#`, `%`), separators (`;`, `|`), brackets and
/// braces (node shapes), backticks (Markdown strings) and backslashes. With `>` encoded, a
/// name containing `-->` cannot read as a link.
/// Newlines become `<br/>`, which Mermaid draws as a line break.
public enum MermaidEscaper {
    public static func label(_ text: String) -> String { labelEscaping.escaped(text) }

    static let labelEscaping = ScalarEscaping(labelReplacement)

    static func labelReplacement(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": "#quot;"
        case "<": "#lt;"
        case ">": "#gt;"
        case "&": "#amp;"
        case "\n": "<br/>"
        case "\r": ""
        case "#", "%", ";", "|", "`", "[", "]", "{", "}", "\\": "#\(scalar.value);"
        default: nil
        }
    }
}
