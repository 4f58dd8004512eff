import ASLSource

extension LocatedNode {
    public var stringValue: String? {
        switch storage {
        case .box(let box):
            if case .string(let s) = box.value { return s }
            return nil
        case .arena(let arena, let index):
            let record = arena.nodes[Int(index)]
            return record.kind == .string ? arena.scalars[Int(record.first)] : nil
        }
    }

    public var boolValue: Bool? {
        if case .bool(let b) = value { return b }
        return nil
    }

    public var numberValue: NumberLiteral? {
        if case .number(let n) = value { return n }
        return nil
    }

    public var arrayValue: Elements? {
        if case .array(let a) = value { return a }
        return nil
    }

    public var members: Members? {
        if case .object(let m) = value { return m }
        return nil
    }

    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// The member named `key` of an object, if any. Linear: objects in ASL are small, and a
    /// dictionary would cost more to build than the few look-ups made on each.
    public subscript(key: String) -> LocatedNode? {
        switch storage {
        case .arena(let arena, let index):
            let record = arena.nodes[Int(index)]
            guard record.kind == .object else { return nil }
            return LocatedNode.Members(arena: arena, first: record.first, count: record.count).value(forKey: key)
        case .box(let box):
            guard case .object(let members) = box.value else { return nil }
            return members.value(forKey: key)
        }
    }

    public func member(_ key: String) -> Member? {
        members?.member(named: key)
    }

    /// The kind of value, as used in messages ("expected a string, found an object").
    public var kindName: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number(let n): n.isInteger ? "an integer" : "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// A copy with every position passed through `transform`, used to map a definition
    /// parsed from inside a string back onto the file that holds the string.
    public func mapPositions(_ transform: (SourcePosition) -> SourcePosition) -> LocatedNode {
        var mappedArenas: [ObjectIdentifier: DocumentArena] = [:]
        return mapPositions(transform, reusing: &mappedArenas)
    }

    /// Each arena met is mapped once, however many views into it the tree holds.
    private func mapPositions(
        _ transform: (SourcePosition) -> SourcePosition, reusing mappedArenas: inout [ObjectIdentifier: DocumentArena]
    ) -> LocatedNode {
        switch storage {
        case .arena(let arena, let index):
            let key = ObjectIdentifier(arena)
            let mapped = mappedArenas[key] ?? arena.mappingPositions(transform)
            mappedArenas[key] = mapped
            return LocatedNode(arena: mapped, index: index)
        case .box(let box):
            let value: Value
            switch box.value {
            case .array(let items):
                value = .array(Elements(items.map { $0.mapPositions(transform, reusing: &mappedArenas) }))
            case .object(let members):
                value = .object(
                    Members(
                        members.map {
                            Member(
                                key: $0.key, keyPosition: transform($0.keyPosition),
                                value: $0.value.mapPositions(transform, reusing: &mappedArenas))
                        }))
            default:
                value = box.value
            }
            return LocatedNode(
                value, at: transform(box.position.unpacked), contentStart: box.contentStart.unpackedIfSet.map(transform),
                tag: box.tag)
        }
    }
}
