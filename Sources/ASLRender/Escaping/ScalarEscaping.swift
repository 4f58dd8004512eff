/// The loop the DOT and Mermaid escapers share: each scalar of `text` becomes what
/// `replacement` gives for it, when it gives anything; other control characters, which no
/// label can show, become a space; everything else is kept.
enum ScalarEscaping {
    static func escaped(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) {
                out += replaced
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                out += " "
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
