/// Builds RFC 6901 JSON pointers, which locate fields in diagnostics independently of lines.
public enum JSONPointer {
    public static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        var out = ""
        for c in token {
            switch c {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.append(c)
            }
        }
        return out
    }

    /// One allocation for the result (`pointer + "/" + token` would make an intermediate),
    /// filled by copying bytes: the model builds a pointer for every state, and appending
    /// `String`s cost ~1,700 instructions each (5% of validating the mixed machine).
    public static func appending(_ pointer: String, _ token: String) -> String {
        let copied = pointer.utf8.withContiguousStorageIfAvailable { head in
            token.utf8.withContiguousStorageIfAvailable { tail -> String? in
                guard !tail.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return nil }
                let count = head.count + 1 + tail.count
                return String(unsafeUninitializedCapacity: count) { buffer in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[..<head.count]).initialize(from: head)
                    buffer[head.count] = UInt8(ascii: "/")
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[(head.count + 1)..<count]).initialize(from: tail)
                    return count
                }
            } ?? nil
        } ?? nil
        return copied ?? escapedAppending(pointer, token)
    }

    /// `appending(appending(pointer, first), second)` in one allocation: the model makes a
    /// state's pointer (`scope` + `States` + name) when asked for, not once per state.
    public static func appending(_ pointer: String, _ first: String, _ second: String) -> String {
        let copied = pointer.utf8.withContiguousStorageIfAvailable { head in
            first.utf8.withContiguousStorageIfAvailable { middle in
                second.utf8.withContiguousStorageIfAvailable { tail -> String? in
                    guard !middle.contains(where: needsEscape), !tail.contains(where: needsEscape) else { return nil }
                    let count = head.count + 1 + middle.count + 1 + tail.count
                    return String(unsafeUninitializedCapacity: count) { buffer in
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[..<head.count]).initialize(from: head)
                        let middleStart = head.count + 1
                        let tailStart = middleStart + middle.count + 1
                        buffer[middleStart - 1] = UInt8(ascii: "/")
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[middleStart..<(tailStart - 1)]).initialize(from: middle)
                        buffer[tailStart - 1] = UInt8(ascii: "/")
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[tailStart..<count]).initialize(from: tail)
                        return count
                    }
                } ?? nil
            } ?? nil
        } ?? nil
        return copied ?? appending(appending(pointer, first), second)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "~") || byte == UInt8(ascii: "/") }

    private static func escapedAppending(_ pointer: String, _ token: String) -> String {
        let escaped = escape(token)
        var result = ""
        result.reserveCapacity(pointer.utf8.count + 1 + escaped.utf8.count)
        result += pointer
        result += "/"
        result += escaped
        return result
    }

    public static func appending(_ pointer: String, _ index: Int) -> String {
        pointer + "/" + String(index)
    }

    public static func join(_ tokens: [String]) -> String {
        tokens.map { "/" + escape($0) }.joined()
    }
}
