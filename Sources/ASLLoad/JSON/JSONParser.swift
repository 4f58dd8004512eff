import ASLSource

/// The value grammar of JSON, driven by an explicit stack of open containers instead of
/// recursion, so nesting depth is bounded by `maximumDepth` and never by the thread's stack.
/// Nodes go straight into a `DocumentArena`; the children of open containers wait on two
/// pending stacks shared by all open containers (one for elements, one for members).
/// - Complexity: O(n) in the input size; duplicate-key detection is O(1) amortised per member.
struct JSONParser {
    var scanner: JSONScanner
    let maximumDepth: Int
    /// The innermost open container when `depth` > 0, kept out of `outer` so that reading
    /// into it is no array access (each was a bounds and a uniqueness check).
    private var innermost = JSONContainerFrame(position: SourcePosition(line: 0, column: 0), isObject: false, firstPending: 0)
    /// The open containers around `innermost`, outermost first.
    private var outer: [JSONContainerFrame] = []
    private var depth = 0
    /// The keys of open objects with many (see `OpenObjectKeys`).
    private var keyIndexes = LargeObjectKeys()
    private var pendingElements: [UInt32] = []
    private var pendingMembers: [MemberRecord] = []
    private var arena: DocumentArenaBuilder
    private var longStrings = StringInterner()
    private var diagnostics: [Diagnostic] = []

    /// The text has a 0 byte (counted with the separators, in the same pass).
    private let hasZeroByte: Bool

    /// The builder gets room for every node the text can hold. Each node other than the root
    /// follows a `[`, `,` or `:`, so counting those bytes (inside strings too, which only
    /// raises the bound) bounds the nodes, members and elements without parsing.
    init(scanner: JSONScanner, maximumDepth: Int) {
        self.scanner = scanner
        self.maximumDepth = maximumDepth
        let census = StructuralBytes.census(in: scanner.bytes)
        hasZeroByte = census.hasZeroByte
        arena = DocumentArenaBuilder(
            reservingNodes: 1 + census.separators, members: census.separators, elements: census.separators)
    }

    mutating func parseDocument() -> ReadResult {
        scanner.skipByteOrderMark()
        if let encoding = UnicodeEncodingSniffer.wideEncoding(of: scanner.bytes) {
            let diagnostic = Diagnostic(
                ruleID: LoadRuleID.inputNotText, severity: .error, message: UnicodeEncodingSniffer.message(for: encoding),
                file: scanner.file, position: nil)
            return ReadResult(root: nil, diagnostics: [diagnostic])
        }
        if hasZeroByte {
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
            return ReadResult(root: LocatedNode(arena: arena.finish(), index: root), diagnostics: diagnostics)
        } catch {
            return ReadResult(root: nil, diagnostics: diagnostics + [error.diagnostic])
        }
    }

    /// The main loop: read a value; if it closes nothing, attach it to the innermost open
    /// container and read what follows (`,` or the closing bracket).
    private mutating func parseRootValue() throws(JSONFailure) -> UInt32 {
        while true {
            guard var node = try parseValueOrOpen() else { continue }
            while depth > 0 {
                guard try attach(node) else { break }
                node = close(popInnermost())
            }
            if depth == 0 { return node }
        }
    }

    private mutating func push(_ frame: JSONContainerFrame) {
        if depth > 0 { outer.append(innermost) }
        innermost = frame
        depth += 1
    }

    private mutating func popInnermost() -> JSONContainerFrame {
        let frame = innermost
        depth -= 1
        if depth > 0 { innermost = outer.removeLast() }
        return frame
    }

    /// Moves a closed container's children from the pending stack into the arena.
    private mutating func close(_ frame: JSONContainerFrame) -> UInt32 {
        // Through buffers, not slices: a slice counts a reference to the pending stack. Children
        // dropped one by one: `removeLast(k)` and `removeSubrange` take the generic
        // `replaceSubrange` (~80 instructions a container, most of which have one to five).
        if frame.isObject {
            frame.keys.closed(indexes: &keyIndexes)
            let node = pendingMembers.withUnsafeBufferPointer {
                arena.object(at: frame.position, members: UnsafeBufferPointer(rebasing: $0[frame.firstPending...]))
            }
            while pendingMembers.count > frame.firstPending { pendingMembers.removeLast() }
            return node
        }
        if let run = frame.run {
            let stride = frame.stride
            return arena.array(at: frame.position, elements: (0..<UInt32(frame.count)).lazy.map { run + $0 * stride })
        }
        let node = pendingElements.withUnsafeBufferPointer {
            arena.array(at: frame.position, elements: UnsafeBufferPointer(rebasing: $0[frame.firstPending...]))
        }
        while pendingElements.count > frame.firstPending { pendingElements.removeLast() }
        return node
    }

    /// Attaches `node` to the innermost container, then consumes `,` (and, in objects, the
    /// next key) or the closing bracket. Returns whether the container closed.
    private mutating func attach(_ node: UInt32) throws(JSONFailure) -> Bool {
        let isObject = innermost.isObject
        if isObject {
            if let first = appendMemberUnlessDuplicate(node) {
                reportDuplicate(key: arena.keyText(innermost.pendingKey), at: innermost.pendingKeyPosition, first: first)
            }
        } else {
            appendElement(node)
        }
        scanner.skipWhitespace()
        switch scanner.current {
        case UInt8(ascii: ","):
            scanner.offset += 1
            if isObject { try readKey(expected: "a string key") }
            return false
        case UInt8(ascii: "]") where !isObject, UInt8(ascii: "}") where isObject:
            scanner.offset += 1
            return true
        default:
            throw scanner.syntaxError(expected: isObject ? "',' or '}'" : "',' or ']'")
        }
    }

    /// Appends an array element, keeping a run of evenly spaced nodes off the pending stack.
    private mutating func appendElement(_ node: UInt32) {
        let count = UInt32(innermost.count)
        innermost.count += 1
        if count == 0 {
            innermost.run = node
            return
        }
        guard let run = innermost.run else { return pendingElements.append(node) }
        if count == 1, node > run {
            innermost.stride = node - run
            return
        }
        let stride = innermost.stride
        if count > 1, UInt64(node) == UInt64(run) + UInt64(count) * UInt64(stride) { return }
        for index in 0..<count { pendingElements.append(run + index * stride) }
        pendingElements.append(node)
        innermost.run = nil
    }

    /// Reads a scalar or an empty container and returns it, or opens a non-empty container
    /// (pushing a frame, positioned at its first value) and returns `nil`.
    private mutating func parseValueOrOpen() throws(JSONFailure) -> UInt32? {
        scanner.skipWhitespace()
        guard let byte = scanner.current else { throw scanner.syntaxError(expected: "a value") }
        let position = scanner.currentPosition()
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            if depth >= maximumDepth {
                throw scanner.failure(
                    LoadRuleID.jsonTooDeep, "containers are nested more than \(maximumDepth) levels deep",
                    at: position)
            }
            scanner.offset += 1
            scanner.skipWhitespace()
            if byte == UInt8(ascii: "[") {
                if scanner.current == UInt8(ascii: "]") {
                    scanner.offset += 1
                    return arena.array(at: position, elements: EmptyCollection())
                }
                push(JSONContainerFrame(position: position, isObject: false, firstPending: pendingElements.count))
                return nil
            }
            if scanner.current == UInt8(ascii: "}") {
                scanner.offset += 1
                return arena.object(at: position, members: EmptyCollection())
            }
            push(JSONContainerFrame(position: position, isObject: true, firstPending: pendingMembers.count))
            try readKey(expected: "a string key or '}'")
            return nil
        case UInt8(ascii: "\""):
            let (value, hadEscapes) = try scanner.scanValueString(interning: &longStrings)
            return arena.quotedString(value, at: position, hadEscapes: hadEscapes)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return arena.number(try scanner.scanNumber(), at: position)
        case UInt8(ascii: "t"):
            try scanner.scanLiteral("true")
            return arena.bool(true, at: position)
        case UInt8(ascii: "f"):
            try scanner.scanLiteral("false")
            return arena.bool(false, at: position)
        case UInt8(ascii: "n"):
            try scanner.scanLiteral("null")
            return arena.null(at: position)
        default:
            throw scanner.syntaxError(expected: "a value")
        }
    }

    /// Reads `"key" :` (whitespace first) into the innermost frame's pending key.
    private mutating func readKey(expected: String) throws(JSONFailure) {
        scanner.skipWhitespace()
        guard scanner.current == UInt8(ascii: "\"") else { throw scanner.syntaxError(expected: expected) }
        let position = scanner.currentPosition()
        innermost.pendingKey = try scanner.scanKey(into: &arena)
        innermost.pendingKeyPosition = position
        scanner.skipWhitespace()
        guard scanner.current == UInt8(ascii: ":") else { throw scanner.syntaxError(expected: "':' after the key") }
        scanner.offset += 1
    }

    /// Adds the value read for the innermost frame's pending key, or, when the key is already
    /// a member, keeps the first value and returns where that key was written.
    private mutating func appendMemberUnlessDuplicate(_ value: UInt32) -> SourcePosition? {
        let key = innermost.pendingKey
        let start = innermost.firstPending
        if let first = innermost.keys.firstPosition(of: key, in: pendingMembers, from: start, indexes: keyIndexes) {
            return first.unpacked
        }
        let member = MemberRecord(key: key, keyPosition: PackedPosition(innermost.pendingKeyPosition), value: value)
        pendingMembers.append(member)
        innermost.count += 1
        innermost.keys.added(member, in: pendingMembers, from: start, indexes: &keyIndexes)
        return nil
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
        var tokens = outer.map { $0.isObject ? arena.keyText($0.pendingKey) : String($0.count) }
        tokens.append(last)
        return JSONPointer.join(tokens)
    }
}
