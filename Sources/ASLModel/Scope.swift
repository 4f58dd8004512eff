import ASLLoad
import ASLSource

/// A `StartAt` + `States` block: the machine itself, a Parallel branch, or a Map processor.
/// Transitions never cross a scope's boundary.
///
/// Boxed like `State`: a scope is copied into every graph and state list, and a copy
/// costs one reference count.
public struct Scope: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case root
        case parallelBranch(parent: String, index: Int)
        case mapProcessor(parent: String)
    }

    /// Laid out by hand in 88 bytes (112 before): a mixed machine has a scope for every
    /// Parallel branch and Map iteration. `kind` and `startAt` are kept as their parts.
    struct Fields: Hashable, Sendable {
        var pointer: String
        var startAtName: String?
        /// The Parallel or Map state holding the scope; empty for the machine.
        var parentName: String
        var startAtPosition: PackedPosition
        var states: [State]
        /// Built only for scopes large enough for a linear search to hurt: a mixed machine has
        /// thousands of one- and two-state branches, each of which would pay for a dictionary.
        var indexByName: StateNameIndex?
        var node: LocatedNode
        /// The branch's index, or `KindCode.root` or `KindCode.mapProcessor`.
        var kindCode: Int32

        enum KindCode {
            static let root: Int32 = -1
            static let mapProcessor: Int32 = -2
        }

        var kind: Kind {
            get {
                switch kindCode {
                case KindCode.root: .root
                case KindCode.mapProcessor: .mapProcessor(parent: parentName)
                default: .parallelBranch(parent: parentName, index: Int(kindCode))
                }
            }
            set {
                switch newValue {
                case .root: (parentName, kindCode) = ("", KindCode.root)
                case .mapProcessor(let parent): (parentName, kindCode) = (parent, KindCode.mapProcessor)
                // A document's arrays have fewer than 2^31 elements.
                case .parallelBranch(let parent, let index): (parentName, kindCode) = (parent, Int32(clamping: index))
                }
            }
        }
    }

    private var box: SharedBox<Fields>

    public init(kind: Kind, pointer: String, startAt: Located<String>?, states: [State], node: LocatedNode) {
        var fields = Fields(
            pointer: pointer, startAtName: startAt?.value, parentName: "", startAtPosition: PackedPosition(startAt?.position),
            states: states, indexByName: Self.index(states), node: node, kindCode: Fields.KindCode.root)
        fields.kind = kind
        box = SharedBox(fields)
    }

    private static let linearSearchLimit = 8

    private static func index(_ states: [State]) -> StateNameIndex? {
        states.count <= linearSearchLimit ? nil : StateNameIndex(states)
    }

    public var kind: Kind { get { box.value.kind } set { update { $0.kind = newValue } } }
    /// JSON pointer of the object holding `StartAt` and `States` (`""` for the machine).
    public var pointer: String { get { box.value.pointer } set { update { $0.pointer = newValue } } }
    public var startAt: Located<String>? {
        get { box.value.startAtName.map { Located($0, at: box.value.startAtPosition.unpacked) } }
        set { update { $0.startAtName = newValue?.value; $0.startAtPosition = PackedPosition(newValue?.position) } }
    }
    /// States in document order.
    public var states: [State] {
        get { box.value.states }
        set { update { $0.states = newValue; $0.indexByName = Self.index(newValue) } }
    }
    public var node: LocatedNode { get { box.value.node } set { update { $0.node = newValue } } }

    /// Models are rarely changed after building, so a change always makes a new box: with a
    /// constant field, reads need no exclusivity checks.
    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = box.value
        change(&fields)
        box = SharedBox(fields)
    }

    public static func == (lhs: Scope, rhs: Scope) -> Bool { lhs.box === rhs.box || lhs.box.value == rhs.box.value }

    public func hash(into hasher: inout Hasher) { hasher.combine(box.value) }

    public func index(of name: String) -> Int? {
        if let index = box.value.indexByName { return index.position(of: name, in: box.value.states) }
        return box.value.states.firstIndex { $0.name == name }
    }

    public func state(named name: String) -> State? { index(of: name).map { box.value.states[$0] } }

    /// A short human name: "machine", "branch 2 of Fan out", "iteration of Each order".
    public var displayName: String {
        switch box.value.kind {
        case .root: "machine"
        case .parallelBranch(let parent, let index): "branch \(index + 1) of \(parent)"
        case .mapProcessor(let parent): "iteration of \(parent)"
        }
    }
}
