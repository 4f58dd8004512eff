extension LocatedNode.Members {
    /// The same members, read through a twin of their document's arena: another object that
    /// shares the arena's (immutable, copy-on-write) arrays. Every view made from it counts
    /// its references on the twin. A thread that builds its share of a large scope from a twin
    /// does not contend with the other cores for the one reference count of the arena (on two
    /// cores, that contention made the model's build take as long as on one, at 1.2× the CPU).
    /// Views into a twin equal views into the arena (same values and positions); only
    /// `isSameStorage` tells them apart. Members made by code are returned as they are.
    package func readThroughTwin() -> LocatedNode.Members {
        guard first != NodeStorage.boxed else { return self }
        let twin = unsafeDowncast(storage, to: DocumentArena.self).twin()
        return LocatedNode.Members(arena: twin, first: first, count: UInt32(endIndex))
    }
}

extension DocumentArena {
    /// Another arena object over the same storage (see `Members.readThroughTwin`): every
    /// stored array and table shared, none copied.
    func twin() -> DocumentArena {
        DocumentArena(
            nodes: nodes, members: members, elements: elements, scalars: scalars, keys: keys,
            contentStarts: contentStarts, tags: tags, farKeyPositions: farKeyPositions)
    }
}
