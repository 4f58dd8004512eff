extension Unicode.Scalar {
    /// Bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
    /// U+061C). They reorder the text around them, so a state name holding one can make a line
    /// of a finding, a table cell or a label read as something else ("Trojan Source",
    /// CVE-2021-42574).
    var isBidiControl: Bool {
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// How a bidirectional control is shown where no escape syntax exists (Markdown, labels):
    /// named, so a reviewer sees that the name holds one, and inert.
    var bidiMarker: String { "⟨U+" + String(value, radix: 16, uppercase: true) + "⟩" }
}
