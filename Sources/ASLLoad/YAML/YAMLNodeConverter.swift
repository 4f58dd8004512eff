import ASLSource
import Yams

/// Turns a Yams node tree into a `LocatedNode` tree: resolves plain scalars, rewrites
/// CloudFormation short forms, and drops the duplicate keys found earlier.
///
/// Yams shares aliased subtrees, but a `LocatedNode` tree spells every alias out, so a
/// "billion laughs" document would expand exponentially: a node budget linear in the input
/// size stops that. Recursion depth is bounded by `maximumDepth` (aliases can stack deeper
/// than libyaml's own nesting limit).
/// - Complexity: O(nodes produced), at most O(budget).
struct YAMLNodeConverter {
    struct Failure: Error {
        var ruleID: String
        var message: String
        var position: SourcePosition
    }

    let lines: SourceLines
    let textEnd: YAMLTextEnd
    /// Positions of keys that were renamed because they repeat an earlier key; dropped here.
    let droppedKeys: Set<SourcePosition>
    var budget: Int
    let maximumDepth: Int
    /// The furthest position converted so far: aliased nodes carry the position of their
    /// anchor, so this is where the expansion happens in document order.
    private var furthest = SourcePosition(line: 1, column: 1)

    init(lines: SourceLines, textEnd: YAMLTextEnd, droppedKeys: Set<SourcePosition>, budget: Int, maximumDepth: Int) {
        self.lines = lines
        self.textEnd = textEnd
        self.droppedKeys = droppedKeys
        self.budget = budget
        self.maximumDepth = maximumDepth
    }

    mutating func convert(_ node: Node, depth: Int = 0) throws(Failure) -> LocatedNode {
        let position = textEnd.clamped(Self.position(of: node.mark))
        furthest = max(furthest, position)
        budget -= 1
        if budget < 0 {
            throw Failure(
                ruleID: LoadRuleID.yamlAliasLimit,
                message: "aliases expand this document beyond the node limit (exponential anchors?)", position: furthest)
        }
        // `depth` counts from 0 at the root; levels, as the JSON reader and the message count
        // them, from 1.
        if depth >= maximumDepth {
            throw Failure(
                ruleID: LoadRuleID.yamlTooDeep, message: "nodes are nested more than \(maximumDepth) levels deep",
                position: position)
        }
        let tag = writtenTag(of: node, at: position)
        var located: LocatedNode
        switch node {
        case .scalar(let scalar):
            located = self.scalar(scalar, tag: tag, at: position)
        case .sequence(let sequence):
            var items: [LocatedNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try convert(item, depth: depth + 1)) }
            located = LocatedNode(.array(LocatedNode.Elements(items)), at: position)
        case .mapping(let mapping):
            var members: [LocatedNode.Member] = []
            members.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                let keyPosition = textEnd.clamped(Self.position(of: key.mark))
                if droppedKeys.contains(keyPosition) { continue }
                guard let keyText = key.scalar?.string else {
                    throw Failure(
                        ruleID: LoadRuleID.yamlKeyNotScalar,
                        message: "a mapping key must be a string, not a \(key.mapping != nil ? "mapping" : "sequence") (YAML complex keys have no JSON equivalent)",
                        position: keyPosition)
                }
                members.append(LocatedNode.Member(key: keyText, keyPosition: keyPosition, value: try convert(value, depth: depth + 1)))
            }
            located = LocatedNode(.object(LocatedNode.Members(members)), at: position)
        case .alias:
            located = LocatedNode(.null, at: position)
        }
        guard let tag else { return located }
        if let longForm = CloudFormationShortForm.longForm(tag: tag, operand: located) { return longForm }
        if !tag.hasPrefix("tag:yaml.org,2002:") { located.tag = tag }
        return located
    }

    private func scalar(_ scalar: Node.Scalar, tag: String?, at position: SourcePosition) -> LocatedNode {
        let text = scalar.string
        let value: LocatedNode.Value
        switch (scalar.style, tag) {
        case (.plain, nil): value = YAMLScalarResolver.resolve(plain: text)
        case (_, "tag:yaml.org,2002:int"?), (_, "tag:yaml.org,2002:float"?), (_, "tag:yaml.org,2002:bool"?),
            (_, "tag:yaml.org,2002:null"?):
            value = YAMLScalarResolver.resolve(plain: text)
        default: value = .string(text)
        }
        guard case .string = value, !text.utf8.contains(UInt8(ascii: "\n")) else { return LocatedNode(value, at: position) }
        let contentStart: SourcePosition?
        switch scalar.style {
        case .plain where tag == nil:
            contentStart = lines.hasVerbatim(text, at: position) ? position : nil
        case .singleQuoted, .doubleQuoted:
            let quoteStart = quotePosition(from: position, tagged: tag != nil)
            let quote: Unicode.Scalar = scalar.style == .singleQuoted ? "'" : "\""
            let inner = quoteStart.advanced(by: 1)
            contentStart = lines.hasVerbatim(text, at: inner, followedBy: quote) ? inner : nil
        case .plain:
            contentStart = valueStart(from: position).flatMap { lines.hasVerbatim(text, at: $0) ? $0 : nil }
        default:
            contentStart = nil
        }
        return LocatedNode(value, at: position, contentStart: contentStart)
    }

    /// A tagged scalar's mark is at its tag (`!Sub 'x'`); its text starts after the tag.
    private func valueStart(from position: SourcePosition) -> SourcePosition? {
        guard let rest = lines.text(from: position) else { return nil }
        let tagLength = rest.prefix { $0 != " " }.count
        let spaces = rest.dropFirst(tagLength).prefix { $0 == " " }.count
        return spaces > 0 ? position.advanced(by: tagLength + spaces) : nil
    }

    private func quotePosition(from position: SourcePosition, tagged: Bool) -> SourcePosition {
        tagged ? (valueStart(from: position) ?? position) : position
    }

    static func position(of mark: Mark?) -> SourcePosition {
        SourcePosition(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// The tag written in the source (`!Sub`, `tag:yaml.org,2002:str` for `!!str`), or `nil`.
    /// Yams gives quoted scalars the `str` tag, so a standard tag counts only when the source
    /// at the node starts with `!`.
    private func writtenTag(of node: Node, at position: SourcePosition) -> String? {
        let name: String
        switch node {
        case .scalar(let scalar): name = scalar.tag.description
        case .sequence(let sequence): name = sequence.tag.description
        case .mapping(let mapping): name = mapping.tag.description
        case .alias: return nil
        }
        if name.isEmpty || name == "!" { return nil }
        if name.hasPrefix("!") || lines.text(from: position)?.first == "!" { return name }
        return nil
    }
}
