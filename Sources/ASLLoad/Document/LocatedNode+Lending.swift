extension LocatedNode {
    // Views lent to a closure instead of returned. A returned view must hold its own reference
    // to the arena, and counting it is atomic; a lent one is made from the reference of the
    // view it comes from, uncast, and passed on borrowed, so the compiler counts nothing (cast
    // to `DocumentArena` and back, the reference was counted again). Loops over
    // every member of every state (the model builder, the field checks) read values this way.

    /// Calls `body` with this node's members, or with `nil` when it is not an object.
    public func withMembers<Result>(_ body: (Members?) throws -> Result) rethrows -> Result {
        guard let record = arenaRecord else { return try body(members) }
        guard record.kind == .object else { return try body(nil) }
        return try body(Members(sameArenaAs: storage, first: record.first, count: record.count))
    }

    /// Calls `body` with this node's elements, or with `nil` when it is not an array.
    public func withElements<Result>(_ body: (Elements?) throws -> Result) rethrows -> Result {
        guard let record = arenaRecord else { return try body(arrayValue) }
        guard record.kind == .array else { return try body(nil) }
        return try body(Elements(sameArenaAs: storage, first: record.first, count: record.count))
    }

    /// Whether the node is an object, without making its members.
    public var isObject: Bool {
        guard let record = arenaRecord else { return members != nil }
        return record.kind == .object
    }

    /// Whether the node is a string, without making the `String` (a field check asks it of
    /// nearly every string value of a machine).
    public var isString: Bool {
        guard let record = arenaRecord else {
            if case .string = value { return true }
            return false
        }
        return record.kind == .string
    }

    /// Whether the node is an array, without making its elements.
    public var isArray: Bool {
        guard let record = arenaRecord else { return arrayValue != nil }
        return record.kind == .array
    }
}

extension LocatedNode.Members {
    /// Calls `body` with the value of the member at `position` (see `LocatedNode.withMembers`).
    public func withValue<Result>(at position: Int, _ body: (LocatedNode) throws -> Result) rethrows -> Result {
        precondition(position >= 0 && position < endIndex, "index out of range")
        if first == NodeStorage.boxed { return try body(unsafeDowncast(storage, to: MemberList.self).members[position].value) }
        let arena = unsafeDowncast(storage, to: DocumentArena.self)
        return try body(LocatedNode(sameArenaAs: storage, index: arena.members[Int(first) + position].value))
    }
}

extension LocatedNode.Elements {
    /// Calls `body` with the element at `position` (see `LocatedNode.withMembers`).
    public func withElement<Result>(at position: Int, _ body: (LocatedNode) throws -> Result) rethrows -> Result {
        precondition(position >= 0 && position < endIndex, "index out of range")
        if first == NodeStorage.boxed { return try body(unsafeDowncast(storage, to: NodeList.self).nodes[position]) }
        let arena = unsafeDowncast(storage, to: DocumentArena.self)
        return try body(LocatedNode(sameArenaAs: storage, index: arena.element(position, first: first)))
    }
}
