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

    /// One allocation for the result (`pointer + "/" + token` would make an intermediate).
    public static func appending(_ pointer: String, _ token: String) -> String {
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
