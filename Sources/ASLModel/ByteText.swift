/// Byte-level string helpers for code that runs on every state of every machine. They need
/// no Foundation (whose `String.contains(String)` bridges through `NSString`) and work on
/// UTF-8 code units instead of `Character`s, which is exact for ASCII separators and needles.
package enum ByteText {
    /// Whether `needle` occurs in `text`.
    package static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard haystack.count >= needle.count else { return false }
                var start = 0
                let last = haystack.count - needle.count
                while start <= last {
                    if haystack[start] == first {
                        var matched = 1
                        while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                        if matched == needle.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    /// The pieces of `text` between occurrences of the ASCII byte `separator`, empty pieces
    /// included (what `split(separator:omittingEmptySubsequences: false)` gives).
    package static func fields(of text: String, separator: UInt8) -> [Substring] {
        var result: [Substring] = []
        result.reserveCapacity(8)
        var start = text.utf8.startIndex
        var index = start
        let end = text.utf8.endIndex
        while index < end {
            if text.utf8[index] == separator {
                result.append(text[start..<index])
                start = text.utf8.index(after: index)
            }
            index = text.utf8.index(after: index)
        }
        result.append(text[start..<end])
        return result
    }
}
