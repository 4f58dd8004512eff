/// A state name as a picture shows it. A name of only spaces, line breaks or control
/// characters would be an invisible label (and `\r` vanishes in escaping), so it is drawn as
/// `(blank name ␠)`, each character as its Unicode control picture.
enum VisibleName {
    static func of(_ name: String) -> String {
        guard name.unicodeScalars.allSatisfy(isBlank) else { return name }
        guard !name.isEmpty else { return "(empty name)" }
        var pictures = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x20: pictures.append("\u{2420}")
            case 0..<0x20: pictures.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: pictures.append("\u{2421}")
            default: pictures.append("\u{2423}")  // other white space: ␣
            }
        }
        return "(blank name \(String(pictures)))"
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.isWhitespace
    }
}
