import ASLSource

/// libyaml gives up on nesting depth far past our limit and reports where it stopped reading,
/// near the end of the document. This finds the first node that goes deeper than the limit
/// ourselves, counting levels as the JSON reader does (the root collection is level 1): block
/// levels from indentation and `- ` entries, flow levels from `[` and `{`.
///
/// It is a line scanner, not a YAML parser: block scalars (`|`, `>`) are skipped by their
/// indentation, quoted text and comments are ignored. A sequence written at its parent key's
/// indentation (`key:` then `- a` below it, same column) counts one level less than it is.
enum YAMLNestingLocator {
    /// The position of the first node nested deeper than `limit` levels, or `nil` if no line
    /// goes that deep.
    /// - Complexity: O(n) in the length of `text`.
    static func firstTooDeepNode(in text: String, limit: Int) -> SourcePosition? {
        var scanner = Scanner(limit: limit)
        var lineNumber = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if let column = scanner.scan(Array(line)) { return SourcePosition(line: lineNumber, column: column) }
        }
        return nil
    }

    private struct Scanner {
        let limit: Int
        /// Content columns (0-based) of the open block collections, innermost last.
        var indents: [Int] = []
        var flowDepth = 0
        var quote: UInt8?
        /// While inside a block scalar: the indentation its lines must exceed.
        var blockScalarParent: Int?

        init(limit: Int) { self.limit = limit }

        /// The 1-based column of the first too-deep node on `line`, if any.
        mutating func scan(_ line: [UInt8]) -> Int? {
            let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
            let blank = indent == line.count || line[indent] == UInt8(ascii: "#") || line[indent] == UInt8(ascii: "\r")
            if let parent = blockScalarParent {
                if blank || indent > parent { return nil }
                blockScalarParent = nil
            }
            if blank { return nil }
            var i = indent
            var level: Int
            if flowDepth == 0 && quote == nil {
                while let last = indents.last, last >= indent { indents.removeLast() }
                indents.append(indent)
                // Each `- ` opens an entry one level deeper, its content two columns further.
                while i + 1 < line.count, line[i] == UInt8(ascii: "-"), line[i + 1] == UInt8(ascii: " ") {
                    i += 2
                    while i < line.count, line[i] == UInt8(ascii: " ") { i += 1 }
                    indents.append(i)
                }
                level = indents.count
                if level > limit { return i + 1 }
            } else {
                level = indents.count
            }
            // Flow collections: at the start of the content they are the line's node itself;
            // after `key:` they are its value, one level deeper.
            var afterKey = false
            while i < line.count {
                let byte = line[i]
                defer { i += 1 }
                if let open = quote {
                    if byte == open { quote = nil }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
                case UInt8(ascii: "#") where i > 0 && line[i - 1] == UInt8(ascii: " "): return nil
                case UInt8(ascii: ":") where flowDepth == 0: afterKey = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    flowDepth += 1
                    if level + flowDepth - (afterKey ? 0 : 1) > limit { return i + 1 }
                case UInt8(ascii: "]"), UInt8(ascii: "}"): flowDepth = max(0, flowDepth - 1)
                default: break
                }
            }
            if flowDepth == 0, quote == nil, Self.opensBlockScalar(line) {
                blockScalarParent = indent
            }
            return nil
        }

        /// `key: |`, `key: >-`, `- |+` and the like: the lines below are text, not structure.
        private static func opensBlockScalar(_ line: [UInt8]) -> Bool {
            var end = line.count
            while end > 0, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            var start = end
            while start > 0, line[start - 1] != UInt8(ascii: " ") { start -= 1 }
            let token = line[start..<end]
            guard let first = token.first, first == UInt8(ascii: "|") || first == UInt8(ascii: ">") else { return false }
            return token.dropFirst().allSatisfy {
                $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || ($0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9"))
            }
        }
    }
}
