import ASLSource
import Foundation

extension LocatedNode {
    /// The elements of an array node: a run of a document's arena, or nodes made by code.
    public struct Elements: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
        /// A `DocumentArena` whose elements run from `first`, or, when `first` is
        /// `NodeStorage.boxed`, a `NodeList` (see `LocatedNode.storage`).
        let storage: NodeStorage
        let first: UInt32
        public let endIndex: Int

        public var startIndex: Int { 0 }

        public init(_ nodes: [LocatedNode]) {
            storage = nodes.isEmpty ? NodeList.empty : NodeList(nodes)
            first = NodeStorage.boxed
            endIndex = nodes.count
        }

        public init(arrayLiteral elements: LocatedNode...) {
            self.init(elements)
        }

        init(arena: DocumentArena, first: UInt32, count: UInt32) {
            self.init(sameArenaAs: arena, first: first, count: count)
        }

        /// A run of the arena that `storage` is (see `LocatedNode.init(sameArenaAs:index:)`).
        init(sameArenaAs storage: NodeStorage, first: UInt32, count: UInt32) {
            self.storage = storage
            self.first = first
            endIndex = Int(count)
        }

        public subscript(position: Int) -> LocatedNode {
            precondition(position >= 0 && position < endIndex, "index out of range")
            if first == NodeStorage.boxed { return unsafeDowncast(storage, to: NodeList.self).nodes[position] }
            let arena = unsafeDowncast(storage, to: DocumentArena.self)
            return LocatedNode(arena: arena, index: arena.element(position, first: first))
        }

        public static func == (lhs: Elements, rhs: Elements) -> Bool {
            lhs.count == rhs.count && lhs.elementsEqual(rhs)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(count)
            for element in self { hasher.combine(element) }
        }
    }

    /// The members of an object node, in document order: a run of a document's arena, or
    /// members made by code.
    public struct Members: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
        /// A `DocumentArena` whose members run from `first`, or, when `first` is
        /// `NodeStorage.boxed`, a `MemberList` (see `LocatedNode.storage`).
        let storage: NodeStorage
        let first: UInt32
        public let endIndex: Int

        public var startIndex: Int { 0 }

        public init(_ members: [Member]) {
            storage = members.isEmpty ? MemberList.empty : MemberList(members)
            first = NodeStorage.boxed
            endIndex = members.count
        }

        public init(arrayLiteral elements: Member...) {
            self.init(elements)
        }

        init(arena: DocumentArena, first: UInt32, count: UInt32) {
            self.init(sameArenaAs: arena, first: first, count: count)
        }

        /// A run of the arena that `storage` is (see `LocatedNode.init(sameArenaAs:index:)`).
        init(sameArenaAs storage: NodeStorage, first: UInt32, count: UInt32) {
            self.storage = storage
            self.first = first
            endIndex = Int(count)
        }

        public subscript(position: Int) -> Member {
            precondition(position >= 0 && position < endIndex, "index out of range")
            if first == NodeStorage.boxed { return unsafeDowncast(storage, to: MemberList.self).members[position] }
            let arena = unsafeDowncast(storage, to: DocumentArena.self)
            let record = arena.members[Int(first) + position]
            return Member(
                key: arena.keys[Int(record.key)], keyPosition: arena.keyPosition(ofMember: Int(first) + position).unpacked,
                value: LocatedNode(arena: arena, index: record.value))
        }

        /// The key of the member at `position`, without making the member: a loop that looks
        /// at every key and takes few values does not count a reference per member.
        public func key(at position: Int) -> String {
            precondition(position >= 0 && position < endIndex, "index out of range")
            if first == NodeStorage.boxed { return unsafeDowncast(storage, to: MemberList.self).members[position].key }
            let arena = unsafeDowncast(storage, to: DocumentArena.self)
            return arena.keys[Int(arena.members[Int(first) + position].key)]
        }

        public func value(at position: Int) -> LocatedNode {
            precondition(position >= 0 && position < endIndex, "index out of range")
            if first == NodeStorage.boxed { return unsafeDowncast(storage, to: MemberList.self).members[position].value }
            let arena = unsafeDowncast(storage, to: DocumentArena.self)
            return LocatedNode(arena: arena, index: arena.members[Int(first) + position].value)
        }

        public func keyPosition(at position: Int) -> SourcePosition {
            precondition(position >= 0 && position < endIndex, "index out of range")
            if first == NodeStorage.boxed { return unsafeDowncast(storage, to: MemberList.self).members[position].keyPosition }
            return unsafeDowncast(storage, to: DocumentArena.self).keyPosition(ofMember: Int(first) + position).unpacked
        }

        /// The value of the first member named `key`. Keys are compared byte for byte, as JSON
        /// compares them.
        public func value(forKey key: String) -> LocatedNode? {
            index(ofKey: key).map(value(at:))
        }

        /// The first member named `key`, compared as in `value(forKey:)`.
        public func member(named key: String) -> Member? {
            index(ofKey: key).map { self[$0] }
        }

        private func index(ofKey key: String) -> Int? {
            if first == NodeStorage.boxed {
                return unsafeDowncast(storage, to: MemberList.self).members.firstIndex { $0.key.sameBytes(as: key) }
            }
            return unsafeDowncast(storage, to: DocumentArena.self).memberOffset(named: key, first: first, count: endIndex)
        }

        public static func == (lhs: Members, rhs: Members) -> Bool {
            lhs.count == rhs.count && lhs.elementsEqual(rhs)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(count)
            for member in self { hasher.combine(member) }
        }
    }
}

extension DocumentArena {
    /// The offset from `first` of the first of `count` members named `key` (byte for byte).
    func memberOffset(named key: String, first: UInt32, count: Int) -> Int? {
        let start = Int(first)
        for offset in 0..<count where keys[Int(members[start + offset].key)].sameBytes(as: key) { return offset }
        return nil
    }
}

/// The elements of an array made by code.
final class NodeList: NodeStorage, @unchecked Sendable {
    /// Shared by every empty array made by code: `node.arrayValue ?? []` runs for most fields
    /// of most states, and must not allocate.
    static let empty = NodeList([])
    let nodes: [LocatedNode]
    init(_ nodes: [LocatedNode]) { self.nodes = nodes }
}

/// The members of an object made by code.
final class MemberList: NodeStorage, @unchecked Sendable {
    /// Shared by every empty object made by code (`node.members ?? []`), as `NodeList.empty`.
    static let empty = MemberList([])
    let members: [LocatedNode.Member]
    init(_ members: [LocatedNode.Member]) { self.members = members }
}

extension String {
    /// Whether both strings are spelled with the same bytes (not canonical equivalence, which
    /// `==` tests: JSON keys `"\u212A"` and `"K"` are two keys). Lengths first, then `==`
    /// (raw bits for small strings, `memcmp` for ASCII), then the bytes of strings `==` calls
    /// equal (the generic `utf8.elementsEqual` alone cost 16% of `validate`).
    @inlinable
    package func sameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count, self == other else { return false }
        // Canonically equal and as long: the same bytes unless both have non-ASCII characters
        // (a canonical equivalent of an ASCII string is longer). Borrowed, not copied
        // (`withUTF8` mutates, so it would need a copy and a retain).
        return utf8.withContiguousStorageIfAvailable { other.spells($0) } ?? utf8.elementsEqual(other.utf8)
    }

    /// Whether the string's UTF-8 is exactly `bytes`.
    @inlinable
    package func spells(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { mine in
            bytes.isEmpty || memcmp(mine.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        } ?? utf8.elementsEqual(bytes)
    }
}
