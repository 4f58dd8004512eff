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
    mutating func peek() -> UInt8? {
        while offset < bytes.count, Self.isBlank(bytes[offset]) { offset += 1 }
        return offset < bytes.count ? bytes[offset] : nil
    }

    mutating func expect(_ byte: UInt8) throws(Malformed) {
        guard peek() == byte else { throw Malformed() }
        offset += 1
    }

    /// Consumes `byte` when it comes next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        offset += 1
        return true
    }

    mutating func expectEnd() throws(Malformed) {
        guard peek() == nil else { throw Malformed() }
    }

    /// Calls `body` with each key of the object that comes next, positioned at its value,
    /// which `body` must read or skip.
    mutating func members(_ body: (inout JSONPull, String) throws(Malformed) -> Void) throws(Malformed) {
        try expect(UInt8(ascii: "{"))
        if take(UInt8(ascii: "}")) { return }
        repeat {
            guard peek() == UInt8(ascii: "\"") else { throw Malformed() }
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try body(&self, key)
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
        try expect(UInt8(ascii: "\""))
        let start = offset
        var escaped = false
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "\""):
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<offset])
                offset += 1
                return escaped ? try Self.unescape(raw) : try Self.text(raw)
            case UInt8(ascii: "\\"):
                escaped = true
                offset += 2
            case 0..<0x20: throw Malformed()
            default: offset += 1
            }
        }
        throw Malformed()
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

    /// Skips the value that comes next, whatever it is.
    mutating func skipValue() throws(Malformed) {
        var open: [UInt8] = []
        repeat {
            switch peek() {
            case UInt8(ascii: "{"):
                offset += 1
                if take(UInt8(ascii: "}")) { break }
                open.append(UInt8(ascii: "}"))
                try skipKey()
                continue
            case UInt8(ascii: "["):
                offset += 1
                if take(UInt8(ascii: "]")) { break }
                open.append(UInt8(ascii: "]"))
                continue
            case UInt8(ascii: "\""): try skipString()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: _ = try number()
            }
            // After a value: the next element or member, or the end of containers.
            while let closer = open.last {
                if take(UInt8(ascii: ",")) {
                    if closer == UInt8(ascii: "}") { try skipKey() }
                    break
                }
                try expect(closer)
                open.removeLast()
            }
        } while !open.isEmpty
    }

    private mutating func skipKey() throws(Malformed) {
        guard peek() == UInt8(ascii: "\"") else { throw Malformed() }
        try skipString()
        try expect(UInt8(ascii: ":"))
    }

    private mutating func skipString() throws(Malformed) {
        offset += 1
        let start = offset
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "\""):
                // Validate the UTF-8 and escapes of what was skipped only when it has escapes
                // or non-ASCII bytes; plain ASCII is valid as it is.
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<offset])
                if raw.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\\") }) { _ = try Self.unescape(raw) }
                offset += 1
                return
            case UInt8(ascii: "\\"): offset += 2
            case 0..<0x20: throw Malformed()
            default: offset += 1
            }
        }
        throw Malformed()
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
