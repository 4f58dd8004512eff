import ASLLoad
import ASLSource

/// One state, with the fields every state shares and its type-specific part.
///
/// The model is a lenient projection of the document: a field of the wrong type is left out
/// here and reported by the validator, which reads the raw `node` for exact locations.
///
/// The fields live in one shared, immutable box: states are copied wherever they are
/// iterated, and a copy then costs one reference count instead of one per field.
public struct State: Hashable, Sendable {
    public enum Detail: Hashable, Sendable {
        case task(TaskState)
        case pass
        case choice(ChoiceState)
        case wait(WaitDuration?)
        case succeed
        case fail(FailState)
        case parallel(ParallelState)
        case map(MapState)
        /// A missing or unknown `Type`; the validator reports it.
        case unknown
    }

    struct Fields: Hashable, Sendable {
        var name: String
        var namePosition: SourcePosition
        var pointer: String
        var type: StateType?
        var detail: Detail
        var queryLanguage: QueryLanguage
        var next: Located<String>?
        var isEnd: Bool
        var retriers: [Retrier]
        var catchers: [Catcher]
        var node: LocatedNode
    }

    private var box: SharedBox<Fields>

    public init(
        name: String, namePosition: SourcePosition, pointer: String, type: StateType?, detail: Detail,
        queryLanguage: QueryLanguage, next: Located<String>?, isEnd: Bool, retriers: [Retrier], catchers: [Catcher],
        node: LocatedNode
    ) {
        box = SharedBox(Fields(
            name: name, namePosition: namePosition, pointer: pointer, type: type, detail: detail,
            queryLanguage: queryLanguage, next: next, isEnd: isEnd, retriers: retriers, catchers: catchers, node: node))
    }

    public var name: String { get { box.value.name } set { update { $0.name = newValue } } }
    public var namePosition: SourcePosition { get { box.value.namePosition } set { update { $0.namePosition = newValue } } }
    /// JSON pointer of the state object, e.g. `/States/Fan out/Branches/0/States/Fetch`.
    public var pointer: String { get { box.value.pointer } set { update { $0.pointer = newValue } } }
    public var type: StateType? { get { box.value.type } set { update { $0.type = newValue } } }
    public var detail: Detail { get { box.value.detail } set { update { $0.detail = newValue } } }
    /// The language this state's expressions use, after inheritance from the machine.
    public var queryLanguage: QueryLanguage { get { box.value.queryLanguage } set { update { $0.queryLanguage = newValue } } }
    public var next: Located<String>? { get { box.value.next } set { update { $0.next = newValue } } }
    public var isEnd: Bool { get { box.value.isEnd } set { update { $0.isEnd = newValue } } }
    public var retriers: [Retrier] { get { box.value.retriers } set { update { $0.retriers = newValue } } }
    public var catchers: [Catcher] { get { box.value.catchers } set { update { $0.catchers = newValue } } }
    public var node: LocatedNode { get { box.value.node } set { update { $0.node = newValue } } }

    /// Calls `body` with `node` lent from the state's box, not copied out of it: a check that
    /// only looks into the node (`state.withNode { $0["Comment"] }`) counts no reference to
    /// the document's arena.
    public func withNode<Result>(_ body: (LocatedNode) throws -> Result) rethrows -> Result { try body(box.value.node) }

    /// Models are rarely changed after building, so a change always makes a new box: with a
    /// constant field, reads need no exclusivity checks.
    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = box.value
        change(&fields)
        box = SharedBox(fields)
    }

    public static func == (lhs: State, rhs: State) -> Bool { lhs.box === rhs.box || lhs.box.value == rhs.box.value }

    public func hash(into hasher: inout Hasher) { hasher.combine(box.value) }

    /// Nested scopes: Parallel branches in order, or the Map's item processor.
    public var childScopes: [Scope] {
        switch box.value.detail {
        case .parallel(let p): p.branches
        case .map(let m): m.processor.map { [$0] } ?? []
        default: []
        }
    }

    public var task: TaskState? {
        if case .task(let t) = box.value.detail { return t }
        return nil
    }

    public var choice: ChoiceState? {
        if case .choice(let c) = box.value.detail { return c }
        return nil
    }

    public var map: MapState? {
        if case .map(let m) = box.value.detail { return m }
        return nil
    }
}

/// The storage of a value type whose copies share their fields. Never mutated: a change
/// makes a new box.
final class SharedBox<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }
}
