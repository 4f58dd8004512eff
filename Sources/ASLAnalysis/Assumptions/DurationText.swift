import Foundation

/// Durations as people write them in budgets: `90s`, `15m`, `2h`, `1d`, or plain seconds.
public enum DurationText {
    /// Seconds for `text`, or `nil` when it is not a non-negative number with an optional
    /// unit `s`, `m`, `h` or `d`.
    public static func seconds(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let unit = trimmed.last else { return nil }
        let multiplier: Double
        var number = Substring(trimmed)
        switch unit {
        case "s": multiplier = 1
        case "m": multiplier = 60
        case "h": multiplier = 3600
        case "d": multiplier = 86_400
        default:
            guard unit.isNumber || unit == "." else { return nil }
            multiplier = 1
        }
        if !unit.isNumber { number = number.dropLast() }
        guard let value = Double(number), value.isFinite, value >= 0 else { return nil }
        return value * multiplier
    }
}
