import ASLSource

/// Builds a document arena from libyaml's events: resolves plain scalars, rewrites
/// CloudFormation short forms, reports and drops duplicate keys, and bounds aliases.
///
/// An alias refers to its anchor's node in the arena instead of copying it, but every stage
/// after loading walks it as a copy, so a "billion laughs" document is still stopped: each
/// alias spends its anchor's expanded size from a node budget linear in the input size, and
/// its expanded height counts against `maximumDepth`.
/// - Complexity: O(events), independent of how aliases expand.
struct YAMLEventReader {
    struct Failure: Error {
        var ruleID: String
        var message: String
        /// `nil` for a failure of the whole text (not UTF-8).
        var position: SourcePosition?
    }

    /// An open sequence or mapping. Its children wait on the reader's pending stacks from
    /// `firstPending` on, as in the JSON reader.
    private struct Frame {
        let isMapping: Bool
        let position: SourcePosition
        let anchor: String?
        let tag: String?
        let firstPending: Int
        /// Nodes in the expanded subtree, this one included.
        var size = 1
        /// Levels in the expanded subtree, this one included.
        var height = 1
        /// The key whose value comes next; `nil` while a mapping expects a key.
        var key: PendingKey?
        var keys = OpenObjectKeys()
    }

    private struct PendingKey {
        var id: UInt32
        var position: SourcePosition
        /// A repeated key: its value is read and dropped.
        var isDuplicate: Bool
    }

    /// What an anchor names, for its aliases.
    private struct Anchored {
        var node: UInt32?
        var size: Int
        var height: Int
        /// A scalar's text, for an alias used as a key.
        var scalarText: String?
        var isMapping: Bool
    }

    private let file: String
    private let lines: SourceLines
    private let textEnd: YAMLTextEnd
    private let maximumDepth: Int
    private var budget: Int
    private var arena = DocumentArenaBuilder()
    private var stack: [Frame] = []
    private var pendingElements: [UInt32] = []
    private var pendingMembers: [MemberRecord] = []
    private var keyIndexes = LargeObjectKeys()
    private var anchors: [String: Anchored] = [:]
    private var furthest = SourcePosition(line: 1, column: 1)
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, lines: SourceLines, textEnd: YAMLTextEnd, budget: Int, maximumDepth: Int) {
        self.file = file
        self.lines = lines
        self.textEnd = textEnd
        self.budget = budget
        self.maximumDepth = maximumDepth
    }

    /// The document's root, or `nil` for a stream without a document.
    mutating func read(from parser: LibYAMLParser) throws(Failure) -> LocatedNode? {
        var root: UInt32?
        var documents = 0
        while true {
            let event: YAMLEvent
            do { event = try parser.next() } catch { throw Self.failure(error, textEnd: textEnd) }
            let position = textEnd.clamped(event.start)
            switch event.kind {
            case .streamStart, .documentEnd:
                continue
            case .documentStart:
                documents += 1
                if documents > 1 {
                    throw Failure(
                        ruleID: LoadRuleID.yamlSyntax,
                        message: "but found another document (expected a single document in the stream at 1:1)",
                        position: position)
                }
            case .streamEnd:
                guard let root else { return nil }
                return LocatedNode(arena: arena.finish(), index: root)
            case .scalar:
                if stack.last?.isMapping == true, stack[stack.count - 1].key == nil {
                    try readKey(event.value, at: position)
                    if let anchor = event.anchor {
                        anchors[anchor] = Anchored(
                            node: arena.string(event.value, at: position, contentStart: nil), size: 1, height: 1,
                            scalarText: event.value, isMapping: false)
                    }
                    continue
                }
                try enter(at: position)
                var node = scalar(event, at: position)
                node = finish(node, tag: writtenTag(event.tag))
                if let anchor = event.anchor {
                    anchors[anchor] = Anchored(node: node, size: 1, height: 1, scalarText: event.value, isMapping: false)
                }
                root = attach(node, size: 1, height: 1) ?? root
            case .alias:
                guard let anchored = anchors[event.value] else {
                    throw Failure(ruleID: LoadRuleID.yamlSyntax, message: "found undefined alias", position: position)
                }
                if stack.last?.isMapping == true, stack[stack.count - 1].key == nil {
                    guard let text = anchored.scalarText else { throw keyNotScalar(isMapping: anchored.isMapping, at: position) }
                    try readKey(text, at: position)
                    continue
                }
                guard let node = anchored.node else { throw keyNotScalar(isMapping: false, at: position) }
                if stack.count + anchored.height > maximumDepth { throw tooDeep(at: position) }
                furthest = max(furthest, position)
                budget -= anchored.size
                if budget < 0 { throw aliasLimit() }
                root = attach(node, size: anchored.size, height: anchored.height) ?? root
            case .sequenceStart, .mappingStart:
                if stack.last?.isMapping == true, stack[stack.count - 1].key == nil {
                    throw keyNotScalar(isMapping: event.kind == .mappingStart, at: position)
                }
                try enter(at: position)
                stack.append(
                    Frame(
                        isMapping: event.kind == .mappingStart, position: position, anchor: event.anchor,
                        tag: writtenTag(event.tag),
                        firstPending: event.kind == .mappingStart ? pendingMembers.count : pendingElements.count))
            case .sequenceEnd, .mappingEnd:
                let frame = stack.removeLast()
                var node: UInt32
                if frame.isMapping {
                    frame.keys.closed(indexes: &keyIndexes)
                    node = arena.object(at: frame.position, members: pendingMembers[frame.firstPending...])
                    pendingMembers.removeSubrange(frame.firstPending...)
                } else {
                    node = arena.array(at: frame.position, elements: pendingElements[frame.firstPending...])
                    pendingElements.removeSubrange(frame.firstPending...)
                }
                node = finish(node, tag: frame.tag)
                if let anchor = frame.anchor {
                    anchors[anchor] = Anchored(
                        node: node, size: frame.size, height: frame.height, scalarText: nil, isMapping: frame.isMapping)
                }
                root = attach(node, size: frame.size, height: frame.height) ?? root
            }
        }
    }

    /// A value node starts at `position`: checks depth and spends one node of the budget.
    private mutating func enter(at position: SourcePosition) throws(Failure) {
        if stack.count >= maximumDepth { throw tooDeep(at: position) }
        furthest = max(furthest, position)
        budget -= 1
        if budget < 0 { throw aliasLimit() }
    }

    /// Attaches a finished node to the innermost open collection, or returns it as the root.
    private mutating func attach(_ node: UInt32, size: Int, height: Int) -> UInt32? {
        guard !stack.isEmpty else { return node }
        let top = stack.count - 1
        stack[top].size += size
        stack[top].height = max(stack[top].height, height + 1)
        guard stack[top].isMapping else {
            pendingElements.append(node)
            return nil
        }
        guard let key = stack[top].key else { return nil }
        stack[top].key = nil
        if key.isDuplicate { return nil }
        let record = MemberRecord(key: key.id, keyPosition: PackedPosition(key.position), value: node)
        pendingMembers.append(record)
        stack[top].keys.added(record, in: pendingMembers, from: stack[top].firstPending, indexes: &keyIndexes)
        return nil
    }

    /// A key of the innermost mapping; a repeat is reported, and its value will be dropped.
    private mutating func readKey(_ text: String, at position: SourcePosition) throws(Failure) {
        let top = stack.count - 1
        let id = arena.key(text)
        let first = stack[top].keys.firstPosition(
            of: id, in: pendingMembers, from: stack[top].firstPending, indexes: keyIndexes)
        if let first {
            diagnostics.append(
                Diagnostic(
                    ruleID: LoadRuleID.yamlDuplicateKey, severity: .error,
                    message: "duplicate key '\(text)'; the first value is kept and this one ignored", file: file,
                    position: position, notes: [Diagnostic.Note(message: "'\(text)' first defined here", position: first.unpacked)]))
        }
        stack[top].key = PendingKey(id: id, position: position, isDuplicate: first != nil)
    }

    /// A scalar value node, resolved as CloudFormation reads it, with where its characters
    /// start when they are written verbatim on one line.
    private mutating func scalar(_ event: YAMLEvent, at position: SourcePosition) -> UInt32 {
        let text = event.value
        let tag = writtenTag(event.tag)
        let value: LocatedNode.Value
        switch (event.style, tag) {
        case (.plain, nil): value = YAMLScalarResolver.resolve(plain: text)
        case (_, "tag:yaml.org,2002:int"?), (_, "tag:yaml.org,2002:float"?), (_, "tag:yaml.org,2002:bool"?),
            (_, "tag:yaml.org,2002:null"?):
            value = YAMLScalarResolver.resolve(plain: text)
        default: value = .string(text)
        }
        switch value {
        case .null: return arena.null(at: position)
        case .bool(let flag): return arena.bool(flag, at: position)
        case .number(let number): return arena.number(number.text, at: position)
        default: break
        }
        guard !text.utf8.contains(UInt8(ascii: "\n")) else { return arena.string(text, at: position, contentStart: nil) }
        let contentStart: SourcePosition?
        switch event.style {
        case .plain where tag == nil:
            contentStart = lines.hasVerbatim(text, at: position) ? position : nil
        case .singleQuoted, .doubleQuoted:
            let quoteStart = tag != nil ? (valueStart(from: position) ?? position) : position
            let quote: Unicode.Scalar = event.style == .singleQuoted ? "'" : "\""
            let inner = quoteStart.advanced(by: 1)
            contentStart = lines.hasVerbatim(text, at: inner, followedBy: quote) ? inner : nil
        case .plain:
            contentStart = valueStart(from: position).flatMap { lines.hasVerbatim(text, at: $0) ? $0 : nil }
        case .block:
            contentStart = nil
        }
        return arena.string(text, at: position, contentStart: contentStart)
    }

    /// The node with its tag: a short form becomes its long form; other tags outside YAML's
    /// own are kept on the node.
    private mutating func finish(_ node: UInt32, tag: String?) -> UInt32 {
        guard let tag else { return node }
        if let longForm = CloudFormationShortForm.longForm(tag: tag, operand: node, in: &arena) { return longForm }
        if !tag.hasPrefix("tag:yaml.org,2002:") { arena.setTag(tag, of: node) }
        return node
    }

    /// A tag as written (`!Sub`, `tag:yaml.org,2002:str` for `!!str`); the non-specific `!`
    /// says nothing.
    private func writtenTag(_ tag: String?) -> String? {
        guard let tag, !tag.isEmpty, tag != "!" else { return nil }
        return tag
    }

    /// A tagged scalar's mark is at its tag (`!Sub 'x'`); its text starts after the tag.
    private func valueStart(from position: SourcePosition) -> SourcePosition? {
        guard let rest = lines.text(from: position) else { return nil }
        let tagLength = rest.prefix { $0 != " " }.count
        let spaces = rest.dropFirst(tagLength).prefix { $0 == " " }.count
        return spaces > 0 ? position.advanced(by: tagLength + spaces) : nil
    }

    private func tooDeep(at position: SourcePosition) -> Failure {
        Failure(ruleID: LoadRuleID.yamlTooDeep, message: "nodes are nested more than \(maximumDepth) levels deep", position: position)
    }

    private func aliasLimit() -> Failure {
        Failure(
            ruleID: LoadRuleID.yamlAliasLimit,
            message: "aliases expand this document beyond the node limit (exponential anchors?)", position: furthest)
    }

    private func keyNotScalar(isMapping: Bool, at position: SourcePosition) -> Failure {
        Failure(
            ruleID: LoadRuleID.yamlKeyNotScalar,
            message: "a mapping key must be a string, not a \(isMapping ? "mapping" : "sequence") (YAML complex keys have no JSON equivalent)",
            position: position)
    }

    /// libyaml's own failure, located: `yaml-syntax` with its problem and context, or
    /// `input-not-text` for bytes that are not UTF-8.
    static func failure(_ error: LibYAMLError, textEnd: YAMLTextEnd?) -> Failure {
        func place(_ position: SourcePosition) -> SourcePosition { textEnd?.clamped(position) ?? position }
        if error.isReaderError { return Failure(ruleID: LoadRuleID.inputNotText, message: error.problem, position: nil) }
        let context = error.context.map { " (\($0) at \(place(error.contextMark)))" } ?? ""
        return Failure(ruleID: LoadRuleID.yamlSyntax, message: error.problem + context, position: place(error.problemMark))
    }
}
