import Foundation

/// Dollar amounts with enough digits for a fraction of a cent: `$0.0125`, `$0.000001`.
public enum Dollars {
    /// Rounded to 10⁻¹⁰ dollar, so that 17 × $0.000025 is $0.000425 and not 0.00042500000000000003.
    public static func rounded(_ dollars: Double) -> Double {
        dollars.isFinite && dollars < 1e8 ? (dollars * 1e10).rounded() / 1e10 : dollars
    }

    public static func format(_ dollars: Double?) -> String {
        guard let dollars else { return "unbounded" }
        if dollars == 0 { return "$0" }
        var text = String(format: "%.10f", dollars)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return "$" + text
    }
}
