import ASLSource

/// CloudFormation's YAML short forms (`!Sub x`, `!GetAtt A.B`, `!Ref X`) rewritten into the
/// long form objects JSON templates use (`{"Fn::Sub": x}`), so later stages see one form.
/// The object keeps the tag, so a message can still say how the user wrote it.
enum CloudFormationShortForm {
    /// Tag → long-form key, for every intrinsic function CloudFormation accepts as a tag.
    static let keys: [String: String] = {
        var keys = ["!Ref": "Ref", "!Condition": "Condition"]
        for name in [
            "And", "Base64", "Cidr", "Equals", "FindInMap", "ForEach", "GetAZs", "GetAtt", "If", "ImportValue", "Join",
            "Length", "Not", "Or", "Select", "Split", "Sub", "ToJsonString", "Transform",
        ] {
            keys["!" + name] = "Fn::" + name
        }
        return keys
    }()

    /// Whether `tag` is a CloudFormation short form; its scalar operand is then a string.
    static func isShortForm(_ tag: String) -> Bool { keys[tag] != nil }

    /// The long form of `operand` written with `tag`, or `nil` when `tag` is not a short form.
    static func longForm(tag: String, operand: LocatedNode) -> LocatedNode? {
        guard let key = keys[tag] else { return nil }
        var operand = operand
        if tag == "!GetAtt", let dotted = operand.stringValue {
            operand = splitGetAtt(dotted, at: operand)
        }
        let member = LocatedNode.Member(key: key, keyPosition: operand.position, value: operand)
        return LocatedNode(.object([member]), at: operand.position, tag: tag)
    }

    /// `!GetAtt Resource.Attribute.Path` → `["Resource", "Attribute.Path"]`.
    private static func splitGetAtt(_ dotted: String, at node: LocatedNode) -> LocatedNode {
        guard let dot = dotted.firstIndex(of: ".") else {
            return LocatedNode(.array([node]), at: node.position)
        }
        let resource = String(dotted[..<dot])
        let attribute = String(dotted[dotted.index(after: dot)...])
        let attributeStart = node.contentStart.map { $0.advanced(by: resource.unicodeScalars.count + 1) }
        return LocatedNode(
            .array([
                LocatedNode(.string(resource), at: node.position, contentStart: node.contentStart),
                LocatedNode(.string(attribute), at: attributeStart ?? node.position, contentStart: attributeStart),
            ]), at: node.position)
    }
}
