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

    /// The long form of `operand` written with `tag`, added to `arena`, or `nil` when `tag` is
    /// not a short form.
    static func longForm(tag: String, operand: UInt32, in arena: inout DocumentArenaBuilder) -> UInt32? {
        guard let key = keys[tag] else { return nil }
        var operand = operand
        let position = arena.position(of: operand)
        if tag == "!GetAtt", let dotted = arena.stringValue(of: operand) {
            operand = splitGetAtt(dotted, node: operand, in: &arena)
        }
        let member = MemberRecord(key: arena.key(key), keyPosition: PackedPosition(position), value: operand)
        let object = arena.object(at: position, members: CollectionOfOne(member))
        arena.setTag(tag, of: object)
        return object
    }

    /// `!GetAtt Resource.Attribute.Path` → `["Resource", "Attribute.Path"]`.
    private static func splitGetAtt(_ dotted: String, node: UInt32, in arena: inout DocumentArenaBuilder) -> UInt32 {
        let position = arena.position(of: node)
        guard let dot = dotted.firstIndex(of: ".") else {
            return arena.array(at: position, elements: CollectionOfOne(node))
        }
        let resource = String(dotted[..<dot])
        let attribute = String(dotted[dotted.index(after: dot)...])
        let contentStart = arena.contentStart(of: node)
        let attributeStart = contentStart.map { $0.advanced(by: resource.unicodeScalars.count + 1) }
        let parts = [
            arena.string(resource, at: position, contentStart: contentStart),
            arena.string(attribute, at: attributeStart ?? position, contentStart: attributeStart),
        ]
        return arena.array(at: position, elements: parts)
    }
}
