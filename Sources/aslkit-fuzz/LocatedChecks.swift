import ASLLoad
import ASLSource

/// Properties every reader result must have, whatever the input: something was read or an
/// error says why, and every position lies inside the text.
enum LocatedChecks {
    /// Checks `result` of reading `bytes`; returns a summary such as `root, 2 findings
    /// (json-duplicate-key, ...)`.
    static func check(_ result: ReadResult, of bytes: [UInt8], file: String) -> String {
        FuzzFailure.require(
            result.root != nil || result.diagnostics.contains { $0.severity == .error },
            "nothing was read and no error says why")
        let lines = lineCount(bytes)
        for diagnostic in result.diagnostics {
            check(diagnostic, lines: lines, file: file)
        }
        if let root = result.root { checkTree(root, lines: lines) }
        return summary(root: result.root != nil, result.diagnostics)
    }

    static func check(_ diagnostic: Diagnostic, lines: Int, file: String) {
        FuzzFailure.require(diagnostic.file == file, "a finding names \(diagnostic.file), not \(file)")
        FuzzFailure.require(!diagnostic.ruleID.isEmpty && !diagnostic.message.isEmpty, "a finding without rule id or message")
        for position in [diagnostic.position].compactMap({ $0 }) + diagnostic.notes.compactMap(\.position) {
            check(position, lines: lines, what: "[\(diagnostic.ruleID)] \(diagnostic.message)")
        }
    }

    static func check(_ position: SourcePosition, lines: Int, what: String) {
        FuzzFailure.require(
            position.line >= 1 && position.column >= 1 && position.line <= lines,
            "\(what) is at \(position), outside the text's \(lines) lines")
    }

    /// Walks the tree without recursion (it may be 512 levels deep).
    static func checkTree(_ root: LocatedNode, lines: Int) {
        var pending = [root]
        while let node = pending.popLast() {
            check(node.position, lines: lines, what: "a node")
            switch node.value {
            case .array(let elements): pending += elements
            case .object(let members):
                for member in members {
                    check(member.keyPosition, lines: lines, what: "the key '\(member.key)'")
                    pending.append(member.value)
                }
            default: break
            }
        }
    }

    /// Lines by any break YAML or JSON knows (LF, CR, CRLF, NEL, LS, PS), plus one: an upper
    /// bound on any honest line number. Invalid UTF-8 counts bytes, which only loosens it.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var count = 1
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A where index == 0 || bytes[index - 1] != 0x0D: count += 1
            case 0x0D: count += 1
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: count += 1
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                count += 1
            default: break
            }
            index += 1
        }
        return count
    }

    static func summary(root: Bool, _ diagnostics: [Diagnostic]) -> String {
        (root ? "read, " : "not read, ") + findings(diagnostics)
    }

    /// `2 findings (json-duplicate-key, json-syntax)`: the count and the distinct rule ids.
    static func findings(_ diagnostics: [Diagnostic]) -> String {
        let rules = Array(Set(diagnostics.map(\.ruleID))).sorted()
        return "\(diagnostics.count) findings" + (rules.isEmpty ? "" : " (\(rules.joined(separator: ", ")))")
    }
}
