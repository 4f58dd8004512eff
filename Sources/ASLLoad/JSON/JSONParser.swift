import ASLSource

/// The value grammar of JSON, driven by an explicit stack of open containers instead of
/// recursion, so nesting depth is bounded by `maximumDepth` and never by the thread's stack.
/// - Complexity: O(n) in the input size; duplicate-key detection is O(1) amortised per member.
struct JSONParser {
    var scanner: JSONScanner
    let maximumDepth: Int
    private var stack: [JSONContainerFrame] = []
    private var diagnostics: [Diagnostic] = []

    init(scanner: JSONScanner, maximumDepth: Int) {
        self.scanner = scanner
        self.maximumDepth = maximumDepth
    }

    mutating func parseDocument() -> ReadResult {
        scanner.skipByteOrderMark()
        if let encoding = UnicodeEncodingSniffer.wideEncoding(of: scanner.bytes) {
            let diagnostic = Diagnostic(
                ruleID: LoadRuleID.inputNotText, severity: .error, message: UnicodeEncodingSniffer.message(for: encoding),
                file: scanner.file, position: nil)
            return ReadResult(root: nil, diagnostics: [diagnostic])
        }
        if scanner.bytes.contains(0) {
            let diagnostic = Diagnostic(
                ruleID: LoadRuleID.inputNotText, severity: .error,
                message: "the file is binary (it contains NUL bytes), not JSON text", file: scanner.file,
                position: nil)
            return ReadResult(root: nil, diagnostics: [diagnostic])
        }
        scanner.skipWhitespace()
        if scanner.isAtEnd {
            let diagnostic = Diagnostic(
                ruleID: LoadRuleID.inputEmpty, severity: .error, message: "the file is empty",
                file: scanner.file, position: nil)
            return ReadResult(root: nil, diagnostics: [diagnostic])
        }
        do throws(JSONFailure) {
            let root = try parseRootValue()
            scanner.skipWhitespace()
            if !scanner.isAtEnd { throw scanner.syntaxError(expected: "end of input after the top-level value") }
            return ReadResult(root: root, diagnostics: diagnostics)
        } catch {
            return ReadResult(root: nil, diagnostics: diagnostics + [error.diagnostic])
        }
    }

    /// The main loop: read a value; if it closes nothing, attach it to the innermost open
    /// container and read what follows (`,` or the closing bracket).
    private mutating func parseRootValue() throws(JSONFailure) -> LocatedNode {
        while true {
            var node: LocatedNode
            if let opened = try parseValueOrOpen() {
                node = opened
            } else {
                continue
            }
            while !stack.isEmpty {
                guard try attach(node) else { break }
                node = stack.removeLast().node()
            }
            if stack.isEmpty { return node }
        }
    }

    /// Attaches `node` to the innermost container, then consumes `,` (and, in objects, the
    /// next key) or the closing bracket. Returns whether the container closed.
    private mutating func attach(_ node: consuming LocatedNode) throws(JSONFailure) -> Bool {
        let top = stack.count - 1
        let isObject = stack[top].isObject
        if isObject {
            if let first = stack[top].appendMemberUnlessDuplicate(node) {
                reportDuplicate(key: stack[top].pendingKey, at: stack[top].pendingKeyPosition, first: first)
            }
        } else {
            stack[top].appendItem(node)
        }
        scanner.skipWhitespace()
        switch scanner.current {
        case UInt8(ascii: ","):
            scanner.offset += 1
            if isObject { try readKey(intoFrameAt: top, expected: "a string key") }
            return false
        case UInt8(ascii: "]") where !isObject, UInt8(ascii: "}") where isObject:
            scanner.offset += 1
            return true
        default:
            throw scanner.syntaxError(expected: isObject ? "',' or '}'" : "',' or ']'")
        }
    }

    /// Reads a scalar or an empty container and returns it, or opens a non-empty container
    /// (pushing a frame, positioned at its first value) and returns `nil`.
    private mutating func parseValueOrOpen() throws(JSONFailure) -> LocatedNode? {
        scanner.skipWhitespace()
        guard let byte = scanner.current else { throw scanner.syntaxError(expected: "a value") }
        let position = scanner.currentPosition()
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            if stack.count >= maximumDepth {
                throw scanner.failure(
                    LoadRuleID.jsonTooDeep, "containers are nested more than \(maximumDepth) levels deep",
                    at: position)
            }
            scanner.offset += 1
            scanner.skipWhitespace()
            if byte == UInt8(ascii: "[") {
                if scanner.current == UInt8(ascii: "]") {
                    scanner.offset += 1
                    return LocatedNode(.array([]), at: position)
                }
                stack.append(JSONContainerFrame(position: position, isObject: false))
                return nil
            }
            if scanner.current == UInt8(ascii: "}") {
                scanner.offset += 1
                return LocatedNode(.object([]), at: position)
            }
            stack.append(JSONContainerFrame(position: position, isObject: true))
            try readKey(intoFrameAt: stack.count - 1, expected: "a string key or '}'")
            return nil
        case UInt8(ascii: "\""):
            let (value, hadEscapes) = try scanner.scanString()
            return LocatedNode(.string(value), at: position, contentStart: hadEscapes ? nil : position.advanced(by: 1))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return LocatedNode(.number(NumberLiteral(text: try scanner.scanNumber())), at: position)
        case UInt8(ascii: "t"):
            try scanner.scanLiteral("true")
            return LocatedNode(.bool(true), at: position)
        case UInt8(ascii: "f"):
            try scanner.scanLiteral("false")
            return LocatedNode(.bool(false), at: position)
        case UInt8(ascii: "n"):
            try scanner.scanLiteral("null")
            return LocatedNode(.null, at: position)
        default:
            throw scanner.syntaxError(expected: "a value")
        }
    }

    /// Reads `"key" :` (whitespace first) into the frame's pending key.
    private mutating func readKey(intoFrameAt index: Int, expected: String) throws(JSONFailure) {
        scanner.skipWhitespace()
        guard scanner.current == UInt8(ascii: "\"") else { throw scanner.syntaxError(expected: expected) }
        let position = scanner.currentPosition()
        stack[index].pendingKey = try scanner.scanString().value
        stack[index].pendingKeyPosition = position
        scanner.skipWhitespace()
        guard scanner.current == UInt8(ascii: ":") else { throw scanner.syntaxError(expected: "':' after the key") }
        scanner.offset += 1
    }

    private mutating func reportDuplicate(key: String, at position: SourcePosition, first: SourcePosition) {
        diagnostics.append(Diagnostic(
            ruleID: LoadRuleID.jsonDuplicateKey, severity: .error,
            message: "duplicate key '\(key)'; the first value is kept and this one ignored",
            file: scanner.file, position: position, pointer: pointer(appending: key),
            notes: [Diagnostic.Note(message: "'\(key)' first defined here", position: first)]))
    }

    /// The JSON pointer of the innermost open container plus `last` (RFC 6901 escaping).
    private func pointer(appending last: String) -> String {
        var tokens = stack.dropLast().map { $0.isObject ? $0.pendingKey : String($0.items.count) }
        tokens.append(last)
        return JSONPointer.join(tokens)
    }
}
