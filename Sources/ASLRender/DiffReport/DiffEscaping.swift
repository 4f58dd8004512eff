/// Escaping for what the diff report writes: Markdown text and code spans, link targets and
/// Mermaid labels. State names can hold anything (quotes, `<>&`, pipes, backticks, `%%`,
/// newlines, `-->`), so nothing from a definition is written unescaped.
///
/// The diff report's names for the shared escapers in `Escaping/`.
enum DiffEscaping {
    /// Inline Markdown text: ASCII punctuation backslash-escaped, `<>&` as entities (no HTML
    /// gets through), line breaks as spaces.
    static func markdown(_ text: String) -> String {
        MarkdownEscaper.inline(text)
    }

    /// A code span holding any text: the fence is longer than any backtick run inside, pipes
    /// are escaped (GitHub splits table cells on them even in code), line breaks become `⏎`.
    static func code(_ text: String) -> String {
        MarkdownEscaper.code(text)
    }

    /// A link destination: everything but unreserved characters and `/` percent-encoded, so
    /// spaces, parentheses and `#` in a file name cannot end or split the link.
    static func urlPath(_ path: String) -> String {
        URIPath.encode(path)
    }

    /// Text inside a double-quoted Mermaid label. Mermaid decodes `#decimal;` codes, so every
    /// character the flowchart grammar or the HTML layer could act on is written as one
    /// (`"<>&#%;|` backticks, brackets, braces, backslash, `-` so `-->` cannot read as a link).
    static func mermaid(_ text: String) -> String {
        MermaidEscaper.label(text)
    }
}
