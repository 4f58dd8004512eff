import ASLSource

extension LocatedNode {
    // Each accessor reads the arena record directly rather than through `value`, which would
    // make (and count a reference for) a collection view only to look at its kind.

    public var stringValue: String? {
        if index == NodeStorage.boxed {
            if case .string(let s) = unsafeDowncast(storage, to: NodeBox.self).value { return s }
            return nil
        }
        let arena = unsafeDowncast(storage, to: DocumentArena.self)
        let record = arena.nodes[Int(index)]
        return record.kind == .string ? arena.stringText(record) : nil
    }

    public var boolValue: Bool? {
        guard let record = arenaRecord else {
            if case .bool(let b) = value { return b }
            return nil
        }
        return record.kind == .bool ? record.first != 0 : nil
    }

    public var numberValue: NumberLiteral? {
        if case .number(let n) = value { return n }
        return nil
    }

    public var arrayValue: Elements? {
        guard let record = arenaRecord else {
            if case .array(let a) = value { return a }
            return nil
        }
        guard record.kind == .array else { return nil }
        return Elements(arena: unsafeDowncast(storage, to: DocumentArena.self), first: record.first, count: record.count)
    }

    public var members: Members? {
        guard let record = arenaRecord else {
            if case .object(let m) = value { return m }
            return nil
        }
        guard record.kind == .object else { return nil }
        return Members(arena: unsafeDowncast(storage, to: DocumentArena.self), first: record.first, count: record.count)
    }

    public var isNull: Bool {
        guard let record = arenaRecord else {
            if case .null = value { return true }
            return false
        }
        return record.kind == .null
    }

    /// The member named `key` of an object, if any. Linear: objects in ASL are small, and a
    /// dictionary would cost more to build than the few look-ups made on each.
    public subscript(key: String) -> LocatedNode? {
        guard let record = arenaRecord else { return members?.value(forKey: key) }
        let arena = unsafeDowncast(storage, to: DocumentArena.self)
        guard record.kind == .object,
            let offset = arena.memberOffset(named: key, first: record.first, count: Int(record.count))
        else { return nil }
        return LocatedNode(arena: arena, index: arena.members[Int(record.first) + offset].value)
    }

    public func member(_ key: String) -> Member? {
        members?.member(named: key)
    }

    /// The kind of value, as used in messages ("expected a string, found an object").
    public var kindName: String {
        switch arenaRecord?.kind {
        case .null?: return "null"
        case .bool?: return "a boolean"
        case .string?: return "a string"
        case .array?: return "an array"
        case .object?: return "an object"
        case .number?, nil: break
        }
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number(let n): return n.isInteger ? "an integer" : "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
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
        guard index == NodeStorage.boxed else {
            let arena = unsafeDowncast(storage, to: DocumentArena.self)
            let key = ObjectIdentifier(arena)
            let mapped = mappedArenas[key] ?? arena.mappingPositions(transform)
            mappedArenas[key] = mapped
            return LocatedNode(arena: mapped, index: index)
        }
        let box = unsafeDowncast(storage, to: NodeBox.self)
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
