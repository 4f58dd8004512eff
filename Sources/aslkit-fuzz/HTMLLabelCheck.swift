/// Checks an HTML-like DOT label (the text between the outer `<` `>`) as Graphviz will read
/// it at layout time, with expat: well-formed XML (balanced tags, quoted attributes, entity
/// and character references that exist, no character XML forbids), only Graphviz's label
/// tags and never `IMG` (which reads a file), and no raw `>` (the DOT lexer counts angle
/// brackets to find the label's end). What aslkit puts here ends up in the SVG.
enum HTMLLabelCheck {
    static let tags: Set<String> = ["TABLE", "TR", "TD", "FONT", "B", "I", "U", "O", "S", "SUB", "SUP", "BR", "HR", "VR"]

    /// The first problem, or `nil` for a label Graphviz's HTML parser accepts.
    static func problem(in label: String) -> String? {
        var open: [Substring] = []
        var rest = Substring(label)
        while let first = rest.first {
            switch first {
            case "<":
                guard let end = rest.firstIndex(of: ">") else { return "an unclosed tag" }
                let tag = rest[rest.index(after: rest.startIndex)..<end]
                rest = rest[rest.index(after: end)...]
                if tag.hasPrefix("/") {
                    guard let top = open.popLast(), top == tag.dropFirst() else { return "</\(tag.dropFirst())> closes nothing open" }
                    continue
                }
                let selfClosing = tag.hasSuffix("/")
                let body = selfClosing ? tag.dropLast() : tag
                let name = body.prefix { $0.isASCII && $0.isLetter }
                guard tags.contains(name.uppercased()) else { return "the tag <\(name)>" }
                if let problem = attributesProblem(body.dropFirst(name.count)) { return problem }
                if !selfClosing { open.append(name) }
            case "&":
                guard let end = rest.firstIndex(of: ";") else { return "a bare &" }
                let reference = rest[rest.index(after: rest.startIndex)..<end]
                if let problem = referenceProblem(reference) { return problem }
                rest = rest[rest.index(after: end)...]
            case ">":
                return "a raw > (ends the label for the DOT lexer)"
            default:
                for scalar in first.unicodeScalars where !isXMLCharacter(scalar.value) {
                    return "U+\(String(scalar.value, radix: 16, uppercase: true)), a character XML forbids"
                }
                rest = rest.dropFirst()
            }
        }
        return open.isEmpty ? nil : "<\(open.last!)> is not closed"
    }

    private static func attributesProblem(_ text: Substring) -> String? {
        var rest = text.drop { $0 == " " }
        while !rest.isEmpty {
            let name = rest.prefix { $0.isASCII && ($0.isLetter || $0 == "-") }
            guard !name.isEmpty, rest.dropFirst(name.count).hasPrefix("=\"") else { return "a malformed attribute" }
            rest = rest.dropFirst(name.count + 2)
            guard let close = rest.firstIndex(of: "\"") else { return "an unclosed attribute value" }
            let value = rest[..<close]
            if value.contains("<") || value.contains("&") { return "markup in an attribute value" }
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        }
        return nil
    }

    private static func referenceProblem(_ reference: Substring) -> String? {
        if reference.hasPrefix("#") {
            let digits = reference.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, isXMLCharacter(value) else { return "the character reference &\(reference);" }
            return nil
        }
        return ["amp", "lt", "gt", "quot", "apos"].contains(reference) ? nil : "the entity &\(reference);"
    }

    /// XML 1.0 `Char`.
    static func isXMLCharacter(_ value: UInt32) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value)
            || (0x10000...0x10FFFF).contains(value)
    }
}
