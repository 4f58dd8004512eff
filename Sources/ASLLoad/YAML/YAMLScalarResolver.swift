/// Resolves untagged plain YAML scalars the way CloudFormation reads templates: the YAML 1.2
/// core schema (`true`/`false`, `null`/`~`/empty, decimal, octal `0o` and hex `0x` integers,
/// floats). `yes`/`no`/`on`/`off` stay strings, as in YAML 1.2 and CloudFormation. Quoted
/// scalars are never resolved; `.inf` and `.nan` stay strings since JSON has no such numbers.
enum YAMLScalarResolver {
    static func resolve(plain text: String) -> LocatedNode.Value {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        guard let first = text.utf8.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
                || (first >= 0x30 && first <= 0x39)
        else { return .string(text) }
        if let number = number(text) { return .number(NumberLiteral(text: number)) }
        return .string(text)
    }

    /// The JSON spelling of a YAML number, or `nil` when `text` is not one.
    private static func number(_ text: String) -> String? {
        var body = Substring(text)
        var sign = ""
        if body.first == "-" || body.first == "+" {
            sign = body.first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        if body.hasPrefix("0x") || body.hasPrefix("0o") {
            guard sign.isEmpty, let value = UInt64(body.dropFirst(2), radix: body.hasPrefix("0x") ? 16 : 8) else { return nil }
            return String(value)
        }
        guard isDecimal(body) else { return nil }
        var spelled = String(body)
        if spelled.hasPrefix(".") { spelled = "0" + spelled }
        spelled = spelled.replacingDotBeforeExponent()
        while spelled.count > 1, spelled.hasPrefix("0"), spelled.dropFirst().first?.isNumber == true {
            spelled.removeFirst()
        }
        return sign + spelled
    }

    /// `[0-9]*(\.[0-9]*)?([eE][-+]?[0-9]+)?` with at least one digit before the exponent.
    private static func isDecimal(_ text: Substring) -> Bool {
        var scalars = text.unicodeScalars[...]
        let integer = scalars.prefix { ("0"..."9").contains($0) }.count
        scalars = scalars.dropFirst(integer)
        var fraction = 0
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            fraction = scalars.prefix { ("0"..."9").contains($0) }.count
            scalars = scalars.dropFirst(fraction)
        }
        guard integer + fraction > 0 else { return false }
        if scalars.first == "e" || scalars.first == "E" {
            scalars = scalars.dropFirst()
            if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
            let exponent = scalars.prefix { ("0"..."9").contains($0) }.count
            guard exponent > 0 else { return false }
            scalars = scalars.dropFirst(exponent)
        }
        return scalars.isEmpty
    }
}

extension String {
    /// `1.` → `1.0`, `1.e5` → `1.0e5`: JSON wants digits after a decimal point.
    fileprivate func replacingDotBeforeExponent() -> String {
        var result = ""
        var previous: Character?
        for character in self {
            if previous == ".", !character.isNumber { result.append("0") }
            result.append(character)
            previous = character
        }
        if previous == "." { result.append("0") }
        return result
    }
}
