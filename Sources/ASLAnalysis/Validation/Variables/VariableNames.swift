/// The specification's rules for variable names.
enum VariableNames {
    static let maxLength = 80

    /// Why `name` cannot be a variable name, or `nil` when it can: `states` is reserved
    /// (`$states` in JSONata), names start with a Unicode ID_Start scalar, `_` or `$`, continue
    /// with ID_Continue scalars, `_` or `$`, and are at most 80 characters long.
    static func problem(_ name: String) -> String? {
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
}
