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

extension ByteText {
    /// `body` applied to the `separator`-separated fields of `text`'s UTF-8 bytes, or `nil` when
    /// the text is not stored contiguously (a bridged string; callers then split it as before).
    /// The separators are found once, into a buffer on the stack: the tests ask for several
    /// fields, and scanning from the start for each cost more than the tests.
    package static func withFields<Result>(of text: String, separator: UInt8, _ body: (ByteFields) -> Result) -> Result? {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: ByteFields.recordedSeparators) { offsets in
                body(ByteFields(bytes: bytes, separator: separator, offsets: offsets))
            }
        }
    }
}

/// The fields of a UTF-8 buffer between occurrences of an ASCII separator, found by offset. The
/// ARN tests that run for every Task compare a few fields with lowercase ASCII words; building
/// a `Substring` per field cost about 200 instructions each, more than the tests.
package struct ByteFields {
    /// How many separator offsets are kept; fields past them are found by scanning.
    static let recordedSeparators = 16

    let bytes: UnsafeBufferPointer<UInt8>
    let separator: UInt8
    /// The offsets of the first `recordedSeparators` separators.
    private let offsets: UnsafeMutableBufferPointer<Int>
    private let separators: Int

    init(bytes: UnsafeBufferPointer<UInt8>, separator: UInt8, offsets: UnsafeMutableBufferPointer<Int>) {
        self.bytes = bytes
        self.separator = separator
        self.offsets = offsets
        var separators = 0
        for offset in bytes.indices where bytes[offset] == separator {
            if separators < offsets.count { offsets[separators] = offset }
            separators += 1
        }
        self.separators = separators
    }

    /// How many fields there are (separators plus one), as `ByteText.fields(of:separator:).count`.
    package var count: Int { separators + 1 }

    /// The offsets of field `index`, or `nil` when there are not that many fields.
    package func range(_ index: Int) -> Range<Int>? {
        guard index >= 0, index <= separators else { return nil }
        guard index < offsets.count else { return scannedRange(index) }
        let start = index == 0 ? 0 : offsets[index - 1] + 1
        return start..<(index < separators ? offsets[index] : bytes.count)
    }

    /// `range(_:)` for a field past the recorded separators.
    private func scannedRange(_ index: Int) -> Range<Int>? {
        var field = 0
        var start = 0
        for offset in bytes.indices where bytes[offset] == separator {
            if field == index { return start..<offset }
            field += 1
            start = offset + 1
        }
        return field == index ? start..<bytes.count : nil
    }

    /// Whether the byte `first` is directly followed by `second` anywhere (`${` for placeholders).
    package func containsPair(_ first: UInt8, _ second: UInt8) -> Bool {
        guard bytes.count > 1 else { return false }
        for offset in 1..<bytes.count where bytes[offset] == second && bytes[offset - 1] == first { return true }
        return false
    }

    /// Whether the byte `byte` occurs at `range`.
    package func contains(_ byte: UInt8, in range: Range<Int>) -> Bool {
        for offset in range where bytes[offset] == byte { return true }
        return false
    }

    /// Whether the bytes at `range` are exactly `text`'s UTF-8 bytes (for ASCII words, `String`
    /// equality; see `field(_:is:)`).
    package func bytes(in range: Range<Int>, equal text: String) -> Bool {
        guard range.count == text.utf8.count else { return false }
        var offset = range.lowerBound
        for byte in text.utf8 {
            if bytes[offset] != byte { return false }
            offset += 1
        }
        return true
    }

    /// Whether field `index` exists and is empty.
    package func isEmpty(_ index: Int) -> Bool { range(index)?.isEmpty == true }

    /// Whether field `index` exists and holds exactly `word`'s bytes. For lowercase ASCII words
    /// this is `String` equality: no other text is canonically equivalent to them.
    package func field(_ index: Int, is word: StaticString) -> Bool {
        guard let range = range(index) else { return false }
        return bytes(in: range, are: word)
    }

    /// Whether the bytes at `range` are exactly `word`'s (see `field(_:is:)`).
    package func bytes(in range: Range<Int>, are word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let wordBytes = word.utf8Start
        for k in 0..<range.count where bytes[range.lowerBound + k] != wordBytes[k] { return false }
        return true
    }
}
