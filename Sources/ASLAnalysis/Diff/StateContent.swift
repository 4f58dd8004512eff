import ASLLoad

/// The part of a state's JSON that belongs to the state itself, prepared for comparison:
/// nested scopes' `States` are left out (their states are compared on their own) and
/// transition targets are mapped to head names, so a rename is not a change of every state
/// that points at the renamed one.
enum StateContent {
    static func comparable(_ node: LocatedNode, mapTarget: (String) -> String) -> LocatedNode {
        guard case .object(let members) = node.value else { return node }
        let mapped = members.map { member -> LocatedNode.Member in
            var member = member
            switch member.key {
            case "Next", "Default":
                member.value = mapString(member.value, mapTarget)
            case "Choices", "Catch":
                member.value = mapElements(member.value) { mapMember("Next", in: $0, mapTarget) }
            case "Branches":
                member.value = mapElements(member.value) { removeMember("States", from: $0) }
            case "ItemProcessor", "Iterator":
                member.value = removeMember("States", from: member.value)
            default:
                break
            }
            return member
        }
        return LocatedNode(.object(LocatedNode.Members(mapped)), at: node.position)
    }

    /// The whole state with only its own-level targets blanked: equal for two states that
    /// could be one renamed (their targets are compared once renames are known).
    static func renameFingerprint(_ node: LocatedNode) -> String {
        CanonicalJSON.text(comparableKeepingScopes(node, mapTarget: { _ in "" }))
    }

    private static func comparableKeepingScopes(_ node: LocatedNode, mapTarget: (String) -> String) -> LocatedNode {
        guard case .object(let members) = node.value else { return node }
        let mapped = members.map { member -> LocatedNode.Member in
            var member = member
            switch member.key {
            case "Next", "Default": member.value = mapString(member.value, mapTarget)
            case "Choices", "Catch": member.value = mapElements(member.value) { mapMember("Next", in: $0, mapTarget) }
            default: break
            }
            return member
        }
        return LocatedNode(.object(LocatedNode.Members(mapped)), at: node.position)
    }

    private static func mapString(_ node: LocatedNode, _ transform: (String) -> String) -> LocatedNode {
        guard let text = node.stringValue else { return node }
        var copy = node
        copy.value = .string(transform(text))
        return copy
    }

    private static func mapElements(_ node: LocatedNode, _ transform: (LocatedNode) -> LocatedNode) -> LocatedNode {
        guard case .array(let elements) = node.value else { return node }
        var copy = node
        copy.value = .array(LocatedNode.Elements(elements.map(transform)))
        return copy
    }

    private static func mapMember(_ key: String, in node: LocatedNode, _ transform: (String) -> String) -> LocatedNode {
        guard case .object(let members) = node.value else { return node }
        var copy = node
        copy.value = .object(LocatedNode.Members(members.map { $0.key == key ? LocatedNode.Member(key: $0.key, keyPosition: $0.keyPosition, value: mapString($0.value, transform)) : $0 }))
        return copy
    }

    private static func removeMember(_ key: String, from node: LocatedNode) -> LocatedNode {
        guard case .object(let members) = node.value else { return node }
        var copy = node
        copy.value = .object(LocatedNode.Members(members.filter { $0.key != key }))
        return copy
    }
}
