/// A strict JSON reader over UTF-8 bytes that hands out one value at a time and skips the
/// rest without building it: an execution history is read for a few fields per event, and
/// a tree of every event (`JSONSerialization`, or the located reader) costs 20–30× the file.
///
/// Iterative throughout (skipping keeps a stack of open containers), so nesting cannot
/// overflow the call stack. Every byte is still checked: a malformed file is an error.
/// - Complexity: O(bytes).
struct JSONPull {
    struct Malformed: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { offset = 3 }
    }

    /// The next non-blank byte, not consumed; `nil` at the end.
    /// (Inlined, as `expect` and `take`: they are called for every token.)
    @inline(__always)
    mutating func peek() -> UInt8? {
        while offset < bytes.count, Self.isBlank(bytes[offset]) { offset += 1 }
        return offset < bytes.count ? bytes[offset] : nil
    }

    @inline(__always)
    mutating func expect(_ byte: UInt8) throws(Malformed) {
        guard peek() == byte else { throw Malformed() }
        offset += 1
    }

    /// Consumes `byte` when it comes next.
    @inline(__always)
    mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        offset += 1
        return true
    }

    mutating func expectEnd() throws(Malformed) {
        guard peek() == nil else { throw Malformed() }
    }

    /// The UTF-8 of an object's key, escapes decoded, compared without building a `String`:
    /// keys are most of the strings of a history and only ever compared.
    struct Key {
        let bytes: UnsafeBufferPointer<UInt8>

        /// `case "id":` in a `switch` over a key.
        static func ~= (name: StaticString, key: Key) -> Bool {
            key.bytes.count == name.utf8CodeUnitCount && key.matches(name, at: 0)
        }

        func hasSuffix(_ suffix: StaticString) -> Bool {
            bytes.count >= suffix.utf8CodeUnitCount && matches(suffix, at: bytes.count - suffix.utf8CodeUnitCount)
        }

        /// A plain loop: `elementsEqual` is not specialised here and costs more than the read.
        private func matches(_ text: StaticString, at start: Int) -> Bool {
            let expected = text.utf8Start
            for i in 0..<text.utf8CodeUnitCount where bytes[start + i] != expected[i] { return false }
            return true
        }
    }

    /// Calls `body` with each key of the object that comes next, positioned at its value,
    /// which `body` must read or skip.
    mutating func members(_ body: (inout JSONPull, Key) throws(Malformed) -> Void) throws(Malformed) {
        try expect(UInt8(ascii: "{"))
        if take(UInt8(ascii: "}")) { return }
        repeat {
            guard peek() == UInt8(ascii: "\"") else { throw Malformed() }
            let (raw, plain) = try rawString()
            try expect(UInt8(ascii: ":"))
            if plain {
                try body(&self, Key(bytes: raw))
            } else {
                // Escapes or non-ASCII: decoded (and validated) into a copy.
                let decoded = Array(try Self.unescape(raw).utf8)
                try decoded.withUnsafeBufferPointer { (bytes) throws(Malformed) in try body(&self, Key(bytes: bytes)) }
            }
        } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"))
    }

    /// Calls `body` for each element of the array that comes next, positioned at it.
    mutating func elements(_ body: (inout JSONPull) throws(Malformed) -> Void) throws(Malformed) {
        try expect(UInt8(ascii: "["))
        if take(UInt8(ascii: "]")) { return }
        repeat { try body(&self) } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"))
    }

    /// A string value, escapes decoded.
    mutating func string() throws(Malformed) -> String {
        switch try stringValue() {
        case .plain(let raw): String(decoding: raw, as: UTF8.self)
        case .decoded(let text): text
        }
    }

    /// A string value as it is read: plain ASCII without escapes stays bytes of the document
    /// (valid UTF-8 as it is), anything else is decoded and validated.
    enum StringValue {
        case plain(UnsafeBufferPointer<UInt8>)
        case decoded(String)
    }

    mutating func stringValue() throws(Malformed) -> StringValue {
        guard peek() == UInt8(ascii: "\"") else { throw Malformed() }
        let (raw, plain) = try rawString()
        return plain ? .plain(raw) : .decoded(try Self.unescape(raw))
    }

    /// The bytes between the quotes of the string that starts at `offset`, and whether they
    /// are plain ASCII without escapes (anything else still needs `unescape`, which validates).
    private mutating func rawString() throws(Malformed) -> (UnsafeBufferPointer<UInt8>, plain: Bool) {
        offset += 1
        let start = offset
        var plain = true
        // Eight bytes at a time while none of them is a quote, a backslash, a control
        // character or non-ASCII: most of a history is such runs.
        if let base = bytes.baseAddress {
            while offset + 8 <= bytes.count, !Self.mayEndPlainRun(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)) {
                offset += 8
            }
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<offset])
                offset += 1
                return (raw, plain)
            }
            if byte == UInt8(ascii: "\\") {
                plain = false
                offset += 2
                continue
            }
            if byte < 0x20 { throw Malformed() }
            if byte >= 0x80 { plain = false }
            offset += 1
        }
        throw Malformed()
    }

    /// Whether any of the eight bytes is `"`, `\\`, below 0x20 or 0x80 and above (it may say
    /// so of a byte after one that is: then the bytes are looked at one by one).
    private static func mayEndPlainRun(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        return word & highs != 0 || (word &- ones &* 0x20) & highs != 0
            || hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\"")))) || hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
    }

    /// A number value as written, e.g. `12`, `-3.5e2`.
    mutating func number() throws(Malformed) -> Substring {
        _ = peek()
        let start = offset
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        let digits = offset
        while offset < bytes.count, Self.isNumberByte(bytes[offset]) { offset += 1 }
        let text = Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self))
        guard offset > digits, Self.isJSONNumber(text.utf8.dropFirst(digits - start)), Int(text) != nil || Double(text) != nil
        else { throw Malformed() }
        return text
    }

    /// A number that is a plain integer of at most 18 digits, read without building its text;
    /// `nil`, with nothing consumed, for any other number (`number()` then reads it).
    mutating func smallInteger() -> Int? {
        _ = peek()
        var index = offset
        let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let first = index
        var value = 0
        while index < bytes.count, index - first < 18, case let digit = bytes[index] &- UInt8(ascii: "0"), digit < 10 {
            value = value * 10 + Int(digit)
            index += 1
        }
        guard index > first, bytes[first] != UInt8(ascii: "0") || index - first == 1,
            index == bytes.count || !Self.isNumberByte(bytes[index])
        else { return nil }
        offset = index
        return negative ? -value : value
    }

    /// Skips the value that comes next, whatever it is.
    mutating func skipValue() throws(Malformed) {
        var open = OpenContainers()
        repeat {
            switch peek() {
            case UInt8(ascii: "{"):
                offset += 1
                if take(UInt8(ascii: "}")) { break }
                open.push(object: true)
                try skipKey()
                continue
            case UInt8(ascii: "["):
                offset += 1
                if take(UInt8(ascii: "]")) { break }
                open.push(object: false)
                continue
            case UInt8(ascii: "\""): try skipString()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: _ = try number()
            }
            // After a value: the next element or member, or the end of containers.
            while !open.isEmpty {
                let object = open.lastIsObject
                if take(UInt8(ascii: ",")) {
                    if object { try skipKey() }
                    break
                }
                try expect(object ? UInt8(ascii: "}") : UInt8(ascii: "]"))
                open.pop()
            }
        } while !open.isEmpty
    }

    /// The containers open while skipping, a bit each (set for an object): in one word for the
    /// first 64 levels, so skipping an ordinary value allocates nothing, and in an array past them.
    private struct OpenContainers {
        private var word: UInt64 = 0
        private var deeper: [Bool] = []
        private var depth = 0

        var isEmpty: Bool { depth == 0 }

        var lastIsObject: Bool { depth <= 64 ? (word >> UInt64(depth - 1)) & 1 == 1 : deeper[deeper.count - 1] }

        mutating func push(object: Bool) {
            if depth < 64 {
                let bit: UInt64 = 1 << UInt64(depth)
                word = object ? word | bit : word & ~bit
            } else {
                deeper.append(object)
            }
            depth += 1
        }

        mutating func pop() {
            depth -= 1
            if depth >= 64 { deeper.removeLast() }
        }
    }

    private mutating func skipKey() throws(Malformed) {
        guard peek() == UInt8(ascii: "\"") else { throw Malformed() }
        try skipString()
        try expect(UInt8(ascii: ":"))
    }

    private mutating func skipString() throws(Malformed) {
        let (raw, plain) = try rawString()
        // Escapes and UTF-8 are checked only when there are any; plain ASCII is valid as it is.
        if !plain { _ = try Self.unescape(raw) }
    }

    private mutating func literal(_ word: StaticString) throws(Malformed) {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count,
            UnsafeBufferPointer(rebasing: bytes[offset..<(offset + count)]).elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: count))
        else { throw Malformed() }
        offset += count
    }

    private static func text(_ raw: UnsafeBufferPointer<UInt8>) throws(Malformed) -> String {
        guard let text = String(validating: raw, as: UTF8.self) else { throw Malformed() }
        return text
    }

    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>) throws(Malformed) -> String {
        var scalars = String.UnicodeScalarView()
        var index = 0
        var plainStart = 0
        func flush(_ end: Int) throws(Malformed) {
            if end > plainStart { scalars.append(contentsOf: try text(UnsafeBufferPointer(rebasing: raw[plainStart..<end])).unicodeScalars) }
        }
        while index < raw.count {
            guard raw[index] == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            try flush(index)
            guard index + 1 < raw.count else { throw Malformed() }
            let code = raw[index + 1]
            index += 2
            switch code {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{8}")
            case UInt8(ascii: "f"): scalars.append("\u{C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var unit = try hex(raw, at: index)
                index += 4
                if (0xD800..<0xDC00).contains(unit), index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"),
                    raw[index + 1] == UInt8(ascii: "u")
                {
                    let low = try hex(raw, at: index + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                }
                // A lone surrogate cannot be a scalar: U+FFFD, as JSONSerialization and the
                // located reader do not agree on anything better.
                scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
            default: throw Malformed()
            }
            plainStart = index
        }
        try flush(raw.count)
        return String(scalars)
    }

    private static func hex(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) throws(Malformed) -> UInt32 {
        guard index + 4 <= raw.count else { throw Malformed() }
        var value: UInt32 = 0
        for byte in raw[index..<(index + 4)] {
            guard let digit = UInt32(String(UnicodeScalar(byte)), radix: 16) else { throw Malformed() }
            value = value << 4 | digit
        }
        return value
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
            || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    /// JSON's grammar after the sign: no leading zeros, digits on both sides of `.`.
    private static func isJSONNumber(_ text: Substring.UTF8View) -> Bool {
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        guard let first = text.first, digits.contains(first) else { return false }
        if first == UInt8(ascii: "0"), let second = text.dropFirst().first, digits.contains(second) { return false }
        if let dot = text.firstIndex(of: UInt8(ascii: ".")) {
            guard let after = text[text.index(after: dot)...].first, digits.contains(after) else { return false }
        }
        return true
    }
}
