/// A number as written in the source. The text is kept because ASL fields have ranges
/// (`MaxAttempts` ≤ 99999999) that must be checked even for values no integer type holds.
public struct NumberLiteral: Hashable, Sendable, CustomStringConvertible {
    public var text: String

    public init(text: String) { self.text = text }

    public init(_ int: Int) { self.text = String(int) }

    /// The exact integer value when the literal is an integer that fits in `Int`
    /// (`3`, `3.0` and `3e0` included).
    public var intValue: Int? {
        if let i = Int(text) { return i }
        guard let d = Double(text), d.rounded() == d, abs(d) < 9.0e15 else { return nil }
        return Int(d)
    }

    public var doubleValue: Double? { Double(text) }

    /// Integral in value, whatever its spelling or magnitude.
    public var isInteger: Bool {
        if Int(text) != nil { return true }
        guard let d = Double(text), d.isFinite else { return false }
        return d.rounded() == d
    }

    public var description: String { text }
}
