import Foundation

/// Durations for people: `0 s`, `4.5 s`, `2 min 13 s`, `1 h 5 min`, `3 d 4 h`, and for
/// astronomic values seconds in scientific notation with years beside them.
public enum SecondsText {
    public static func format(_ seconds: Double?) -> String {
        guard let seconds else { return "unbounded" }
        if seconds >= 1e9 {
            return String(format: "%.3g s (≈ %.3g years)", seconds, seconds / 31_536_000)
        }
        if seconds < 60 { return plain(seconds) + " s" }
        let whole = Int(seconds.rounded(.up))
        let (d, h, m, s) = (whole / 86_400, whole % 86_400 / 3600, whole % 3600 / 60, whole % 60)
        let parts: [(Int, String)] =
            d > 0 ? [(d, "d"), (h, "h")] : h > 0 ? [(h, "h"), (m, "min")] : [(m, "min"), (s, "s")]
        return parts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: " ")
    }

    /// Whole numbers without a fraction, others with up to three decimals.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
