import ASLSource
import Foundation

/// Dollar amounts with enough digits for a fraction of a cent (`$0.0125`, `$0.000001`) and
/// none of a `Double`'s noise (`$2,499,999.975025`, not `$2499999.9750250001`).
public enum Dollars {
    /// Rounded to 10⁻¹⁰ dollar, so that 17 × $0.000025 is $0.000425 and not 0.00042500000000000003.
    public static func rounded(_ dollars: Double) -> Double {
        dollars.isFinite && dollars < 1e8 ? (dollars * 1e10).rounded() / 1e10 : dollars
    }

    /// At most 15 significant digits (all a `Double` holds exactly) and 10 decimals, trailing
    /// zeros dropped, thousands grouped; from a quadrillion dollars on, scientific notation.
    public static func format(_ dollars: Double?) -> String {
        guard let dollars else { return "unbounded" }
        guard dollars.isFinite else { return dollars > 0 ? "unbounded" : "$0" }
        if dollars == 0 { return "$0" }
        let sign = dollars < 0 ? "-" : ""
        let magnitude = abs(dollars)
        if magnitude >= 1e15 { return sign + "$" + String(format: "%.3g", magnitude) }
        let integerDigits = magnitude < 1 ? 1 : Int(log10(magnitude).rounded(.down)) + 1
        var text = String(format: "%.\(min(10, max(0, 15 - integerDigits)))f", magnitude)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        let parts = text.split(separator: ".", maxSplits: 1)
        return sign + "$" + DigitGrouping.grouped(digits: parts[0]) + (parts.count > 1 ? "." + parts[1] : "")
    }

}
