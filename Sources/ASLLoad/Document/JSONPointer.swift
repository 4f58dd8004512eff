/// Builds JSON-pointer-like paths (`/States/Charge/Retry/0`) for diagnostics.
enum JSONPointer {
    /// RFC 6901 escaping of one reference token: `~` → `~0`, `/` → `~1`.
    static func escape(_ token: String) -> String {
        guard token.contains(where: { $0 == "~" || $0 == "/" }) else { return token }
        var result = ""
        for character in token {
            switch character {
            case "~": result += "~0"
            case "/": result += "~1"
            default: result.append(character)
            }
        }
        return result
    }

    static func join(_ tokens: [String]) -> String {
        tokens.map { "/" + escape($0) }.joined()
    }
}
