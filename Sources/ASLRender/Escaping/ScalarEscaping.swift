/// The loop the DOT and Mermaid escapers share: each scalar of `text` becomes what
/// `replacement` gives for it, when it gives anything; other control characters, which no
/// label can show, become a space; U+FFFE and U+FFFF, which XML forbids (Graphviz refuses an
/// HTML label holding one, and an SVG attribute holding one makes the SVG unreadable), become
/// U+FFFD; bidirectional controls are named (`⟨U+202E⟩`); everything else is kept.
enum ScalarEscaping {
    static func escaped(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) {
                out += replaced
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                out += " "
            } else if scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                out += "\u{FFFD}"
            } else if scalar.isBidiControl {
                out += scalar.bidiMarker
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
