/// A relative file path as a URI reference (SARIF artifact locations, links in PR comments):
/// everything but unreserved characters and `/` is percent-encoded, so spaces, parentheses
/// and `#` in a file name cannot end or split the link.
public enum URIPath {
    public static func encode(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if c.isASCII, c.isLetter || c.isNumber || "-._~/".contains(c) {
                out.append(c)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
