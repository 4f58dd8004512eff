/// Thousands separators for the numbers aslkit prints: `12,345`.
public enum DigitGrouping {
    public static func grouped(_ value: Int) -> String {
        (value < 0 ? "-" : "") + grouped(digits: String(value.magnitude)[...])
    }

    /// A run of decimal digits (the integer part of a formatted amount) with commas every three.
    public static func grouped(digits: Substring) -> String {
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
