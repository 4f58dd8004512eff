import ASLAnalysis
import ArgumentParser

/// Checks numeric flags against `SettingRanges` in `validate()`, so that a value out of range
/// is a usage error (exit 2) that names the flag: `--price must be a number from 0 to 1000, got nan`.
enum OptionRanges {
    static func check(_ value: Double?, _ flag: String, _ range: ClosedRange<Double>) throws {
        guard let value, let problem = SettingRanges.problem(value, in: range) else { return }
        throw ValidationError("\(flag) \(problem), got \(value)")
    }

    static func check(_ value: Int?, _ flag: String, _ range: ClosedRange<Int>) throws {
        guard let value, let problem = SettingRanges.problem(value, in: range) else { return }
        throw ValidationError("\(flag) \(problem), got \(value)")
    }
}
