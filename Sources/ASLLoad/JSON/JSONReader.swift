import ASLSource

/// Reads strict JSON (RFC 8259) into a `LocatedNode` tree in which every node knows its
/// 1-based line and column.
///
/// Hand-written because nothing available gives located JSON: Foundation's
/// `JSONSerialization` reports no positions and loses key order, and libyaml, although YAML is
/// nearly a superset of JSON, is not a conforming JSON parser (it rejects surrogate-pair escapes
/// such as `"\ud83d\ude00"`).
///
/// The reader works on UTF-8 bytes, keeps number literals as written, keeps the first value of a
/// duplicated key, and never recurses on the call stack, so arbitrarily deep input only yields
/// a `json-too-deep` diagnostic.
///
/// - Complexity: O(n) in the size of the input.
public enum JSONReader {
    /// Containers nested deeper than this are rejected with `json-too-deep`.
    public static let maximumDepth = 512

    public static func parse(_ text: String, file: String) -> ReadResult {
        var text = text
        return text.withUTF8 { parse(bytes: $0, file: file) }
    }

    public static func parse(_ bytes: [UInt8], file: String) -> ReadResult {
        bytes.withUnsafeBufferPointer { parse(bytes: $0, file: file) }
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String) -> ReadResult {
        var parser = JSONParser(scanner: JSONScanner(bytes: bytes, file: file), maximumDepth: maximumDepth)
        return parser.parseDocument()
    }
}
