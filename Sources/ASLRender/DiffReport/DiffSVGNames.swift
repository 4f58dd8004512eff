/// The file names `aslkit diff --svg-dir` gives the pictures of a machine, shared by the
/// writer and the report that links them.
public enum DiffSVGNames {
    /// `flows/order.asl.json#Machine` → `flows-order-asl-json-Machine`.
    public static func stem(_ name: String) -> String {
        let mapped = name.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "-" }
        return String(mapped).split(separator: "-").joined(separator: "-")
    }
}
