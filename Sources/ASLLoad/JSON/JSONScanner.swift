import ASLSource

/// A failure that stops the JSON reader; the diagnostic says where and why.
struct JSONFailure: Error {
    var diagnostic: Diagnostic
}

/// A cursor over UTF-8 bytes that knows the line and column (in Unicode scalars) of any
/// offset at or after the last one asked for.
///
/// Columns are computed lazily and incrementally: the scanner remembers the last offset whose
/// column it computed and counts only the non-continuation bytes since then, so a 10 MB
/// single-line document costs O(n) in total, not O(n) per node.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var offset = 0
    private(set) var line = 1
    private var lineStart = 0
    private var columnCacheOffset = 0
    private var columnCacheValue = 1

    /// No byte of the text is 0x80 or above: every column is then the byte offset from the
    /// line's start, with nothing to count.
    let isASCII: Bool

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        isASCII = Self.isASCII(bytes)
    }

    /// Eight bytes at a time (one pass over a 1 MB text is ~0.2 M instructions).
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var high: UInt64 = 0
        var index = 0
        while index + 8 <= bytes.count {
            high |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            high |= UInt64(base[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    var isAtEnd: Bool { offset >= bytes.count }

    /// The current byte, or `nil` at the end of input.
    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// Skips a UTF-8 byte order mark at the very start; columns start after it.
    mutating func skipByteOrderMark() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            offset = 3
            lineStart = 3
            columnCacheOffset = 3
        }
    }

    mutating func position(at target: Int) -> SourcePosition {
        if target < columnCacheOffset {
            columnCacheOffset = lineStart
            columnCacheValue = 1
        }
        let column = columnCacheValue
            + (isASCII ? target - columnCacheOffset : Self.scalarCount(in: bytes, from: columnCacheOffset, to: target))
        columnCacheOffset = target
        columnCacheValue = column
        return SourcePosition(line: line, column: column)
    }

    /// The Unicode scalars in `bytes[start..<end]` (bytes that are not UTF-8 continuation
    /// bytes), eight bytes at a time: on a 1 MB single-line document this count was 3% of
    /// `validate`'s instructions a byte at a time.
    static func scalarCount(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let base = bytes.baseAddress else { return 0 }
        var continuations = 0
        var index = start
        // A continuation byte is 10xxxxxx: its high bit set and the next bit clear.
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            continuations &+= (word & ~(word << 1) & highBits).nonzeroBitCount
            index += 8
        }
        while index < end {
            if base[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return end - start - continuations
    }

    /// In ASCII text the column is the offset from the line's start, which `position(at:)`
    /// would also give; said here so that it is inlined.
    @inline(__always)
    mutating func currentPosition() -> SourcePosition {
        if isASCII { return SourcePosition(line: line, column: offset - lineStart + 1) }
        return position(at: offset)
    }

    private mutating func startLine(at newLineStart: Int) {
        line += 1
        lineStart = newLineStart
        columnCacheOffset = newLineStart
        columnCacheValue = 1
    }

    /// Skips JSON whitespace (space, tab, CR, LF), counting lines. A lone CR ends a line too.
    /// Inlined up to the first byte: in compact text there is mostly nothing to skip.
    @inline(__always)
    mutating func skipWhitespace() {
        if offset < bytes.count, bytes[offset] > 0x20 { return }
        skipWhitespaceRun()
    }

    /// After each whitespace byte, spaces are skipped eight at a time: in indented text a run
    /// of 2 to 20 of them follows every newline, and a byte at a time this loop was 6% of
    /// `validate`'s instructions on a pretty-printed 2 MB machine.
    private mutating func skipWhitespaceRun() {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        while offset < count {
            switch base[offset] {
            case 0x20, 0x09:
                offset += 1
            case 0x0A:
                offset += 1
                startLine(at: offset)
            case 0x0D:
                offset += 1
                if offset >= count || base[offset] != 0x0A { startLine(at: offset) }
            default:
                return
            }
            while offset + 8 <= count {
                let notSpaces = ByteWords.load(base, at: offset) ^ ByteWords.spaces
                if notSpaces != 0 {
                    // The lowest lane that is not a space is exact: XOR has no borrow.
                    offset += ByteWords.firstLane(notSpaces)
                    break
                }
                offset += 8
            }
        }
    }

    /// How the byte at `index` reads in a message: `'x'`, `end of input`, `U+0001`.
    func describe(at index: Int) -> String {
        guard index < bytes.count else { return "end of input" }
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x7F { return "control character U+\(hex(byte, width: 4))" }
        if byte < 0x80 { return "'\(Character(Unicode.Scalar(byte)))'" }
        if let scalar = UTF8Validation.scalar(in: bytes, at: index) { return "'\(Character(scalar))'" }
        return "byte 0x\(hex(byte, width: 2))"
    }

    func failure(_ ruleID: String, _ message: String, at position: SourcePosition) -> JSONFailure {
        JSONFailure(diagnostic: Diagnostic(
            ruleID: ruleID, severity: .error, message: message, file: file, position: position))
    }

    /// A `json-syntax` failure at the current offset: "expected X, found Y". A byte that is not
    /// UTF-8 at all makes it `input-not-text` instead: the file is not text in the first place.
    mutating func syntaxError(expected: String) -> JSONFailure {
        if offset < bytes.count, bytes[offset] >= 0x80, UTF8Validation.sequenceLength(in: bytes, at: offset) == nil {
            return failure(
                LoadRuleID.inputNotText, "invalid UTF-8 byte 0x\(hex(bytes[offset], width: 2))", at: currentPosition())
        }
        let found = describe(at: offset)
        return failure(LoadRuleID.jsonSyntax, "expected \(expected), found \(found)", at: currentPosition())
    }

    func string(from start: Int, to end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}

func hex(_ value: some BinaryInteger, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
