/// The values a numeric flag or settings-file entry may take. Flags and `.aslkit.yml` share
/// them, so that the same number is accepted or refused wherever it is written. Every range
/// is finite: NaN compares false with everything (a `--max-cost nan` budget would always
/// hold) and infinities turn every cost into `inf`, which JSON cannot carry.
public enum SettingRanges {
    /// Standard price, dollars per 1,000 state transitions (AWS: $0.025 in us-east-1).
    public static let pricePer1000Transitions: ClosedRange<Double> = 0...1_000
    /// A budget in dollars per execution.
    public static let dollars: ClosedRange<Double> = 0...1_000_000_000
    /// Express memory in MB (billed in 64 MB chunks).
    public static let expressMemoryMB: ClosedRange<Int> = 1...1_048_576
    /// Counts: Map items, loop turns, attempts, transitions. Large enough for any real
    /// machine, small enough that products of them stay far from `Int` overflow.
    public static let count: ClosedRange<Int> = 0...1_000_000_000
    /// Seconds of an assumed wait or timeout, and of a duration budget (100 years).
    public static let seconds: ClosedRange<Int> = 0...3_153_600_000
    /// A coverage threshold, percent.
    public static let percent: ClosedRange<Double> = 0...100
    /// `aslkit paths --loop-unroll`: each turn adds a copy of the loop's states.
    public static let loopUnroll: ClosedRange<Int> = 0...1_000

    /// Why `value` is refused, or `nil` when it is in `range`: "must be a number from 0 to 1000".
    public static func problem(_ value: Double, in range: ClosedRange<Double>) -> String? {
        value.isFinite && range.contains(value) ? nil : requirement(range)
    }

    public static func problem(_ value: Int, in range: ClosedRange<Int>) -> String? {
        range.contains(value) ? nil : requirement(range)
    }

    public static func requirement(_ range: ClosedRange<Double>) -> String {
        "must be a number from \(text(range.lowerBound)) to \(text(range.upperBound))"
    }

    public static func requirement(_ range: ClosedRange<Int>) -> String {
        "must be a whole number from \(range.lowerBound) to \(range.upperBound)"
    }

    private static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
