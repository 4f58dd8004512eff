/// Text for a terminal, one line at a time: a hostile state name must neither start a line of
/// its own nor send escape sequences (`\u{1B}[31m`) to the user's terminal, so control
/// characters are shown as `\n`, `\r`, `\t` or `\u{1B}`. Bidirectional controls (U+202E and
/// kin) are shown the same way: they reorder what follows them on the line, so a name could make
/// a finding read as something else ("Trojan Source", CVE-2021-42574).
package enum TerminalText {
    package static func line(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if isControl(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Lines escaped one by one and joined, with a final line break.
    package static func lines(_ lines: [String]) -> String {
        lines.map(line).joined(separator: "\n") + "\n"
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F, 0x80...0x9F, 0x2028, 0x2029: true
        default: scalar.isBidiControl
        }
    }
}
