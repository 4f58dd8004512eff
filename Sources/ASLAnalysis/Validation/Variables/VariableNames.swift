/// The specification's rules for variable names.
enum VariableNames {
    static let maxLength = 80

    /// Why `name` cannot be a variable name, or `nil` when it can: `states` is reserved
    /// (`$states` in JSONata), names start with a Unicode ID_Start scalar, `_` or `$`, continue
    /// with ID_Continue scalars, `_` or `$`, and are at most 80 characters long.
    static func problem(_ name: String) -> String? {
        if isPlainASCIIName(name) { return name == "states" ? "`states` is reserved for `$states`" : nil }
        if name == "states" { return "`states` is reserved for `$states`" }
        guard let first = name.unicodeScalars.first else { return "the name is empty" }
        if name.count > maxLength { return "it is \(name.count) characters long; the limit is \(maxLength)" }
        if !(first == "_" || first == "$" || first.properties.isIDStart) {
            return "it starts with '\(first)'; a name starts with a letter, '_' or '$'"
        }
        if let bad = name.unicodeScalars.first(where: { !($0 == "_" || $0 == "$" || $0.properties.isIDContinue) }) {
            return "it contains '\(bad)'; names hold only letters, digits, '_' and '$'"
        }
        return nil
    }

    /// A valid name made of ASCII letters, digits, `_` and `$` only, decided on UTF-8 bytes
    /// (most names are; the Unicode property lookups are the slow path).
    private static func isPlainASCIIName(_ name: String) -> Bool {
        let bytes = name.utf8
        guard let first = bytes.first, bytes.count <= maxLength else { return false }
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        func isWordByte(_ b: UInt8) -> Bool { isLetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x24 }
        guard isLetter(first) || first == 0x5F || first == 0x24 else { return false }
        return bytes.allSatisfy(isWordByte)
    }
}
