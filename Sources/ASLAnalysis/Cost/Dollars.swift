import Foundation

/// Dollar amounts with enough digits for a fraction of a cent: `$0.0125`, `$0.000001`.
public enum Dollars {
    public static func format(_ dollars: Double?) -> String {
        guard let dollars else { return "unbounded" }
        if dollars == 0 { return "$0" }
        var text = String(format: "%.10f", dollars)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return "$" + text
    }
}
