/// `${Name}` substitution as CloudFormation's `Fn::Sub` and `DefinitionSubstitutions` do it.
/// Unknown names stay as written (`${Fn.Arn}`, `${AWS::Region}`, `${self:custom.x}`): they are
/// values known only at deploy time, and later stages treat `${` text as a placeholder.
/// `${!Literal}` is the escape for a literal `${Literal}`.
enum PlaceholderSubstitution {
    /// - Complexity: O(length of `text`).
    static func apply(_ values: [String: String], to text: String) -> String {
        guard hasPlaceholder(text) else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "${") {
            result += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.firstIndex(of: "}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let name = String(afterOpen[..<close])
            if name.hasPrefix("!") {
                result += "${" + name.dropFirst() + "}"
            } else if let value = values[name.trimmingSpaces()] {
                result += value
            } else {
                result += "${" + name + "}"
            }
            rest = afterOpen[afterOpen.index(after: close)...]
        }
        return result + rest
    }

    /// Whether `${` occurs, by bytes: `String.contains` with Foundation loaded goes through
    /// `NSString` and cost 9% of reading a folder of YAML templates (every string is asked).
    static func hasPlaceholder(_ text: String) -> Bool {
        var afterDollar = false
        for byte in text.utf8 {
            if afterDollar && byte == UInt8(ascii: "{") { return true }
            afterDollar = byte == UInt8(ascii: "$")
        }
        return false
    }
}

extension String {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

extension Substring {
    fileprivate func range(of needle: String) -> Range<Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
            index = self.index(after: index)
        }
        return nil
    }
}
