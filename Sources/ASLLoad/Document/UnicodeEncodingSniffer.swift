/// Recognises text saved as UTF-16 or UTF-32 (Windows editors and PowerShell's `>` write UTF-16
/// by default), so that such a file is reported as the wrong encoding rather than as binary.
enum UnicodeEncodingSniffer {
    /// "UTF-16 (little-endian)" and the like, or `nil` when the bytes do not look like UTF-16 or
    /// UTF-32: a byte order mark, or, without one, a NUL beside every character (text below
    /// U+0100, which every definition starts with).
    /// - Complexity: O(1): it looks at the first bytes only.
    static func wideEncoding<Bytes: RandomAccessCollection>(of bytes: Bytes) -> String? where Bytes.Element == UInt8, Bytes.Index == Int {
        let head = Array(bytes.prefix(64))
        if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32 (big-endian)" }
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32 (little-endian)" }
        if head.starts(with: [0xFE, 0xFF]) { return "UTF-16 (big-endian)" }
        if head.starts(with: [0xFF, 0xFE]) { return "UTF-16 (little-endian)" }
        guard head.count >= 4, head.count % 2 == 0 else { return nil }
        let even = stride(from: 0, to: head.count, by: 2).map { head[$0] }
        let odd = stride(from: 1, to: head.count, by: 2).map { head[$0] }
        let noNUL = { (units: [UInt8]) in !units.contains(0) }
        if odd.allSatisfy({ $0 == 0 }), noNUL(even) { return "UTF-16 (little-endian)" }
        if even.allSatisfy({ $0 == 0 }), noNUL(odd) { return "UTF-16 (big-endian)" }
        return nil
    }

    static func message(for encoding: String) -> String {
        let family = encoding.hasPrefix("UTF-32") ? "UTF-32" : "UTF-16"
        return "the file is \(encoding) text; Step Functions definitions must be UTF-8 (convert it, e.g. iconv -f \(family) -t UTF-8)"
    }
}
