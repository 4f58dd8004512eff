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
    /// Every case with a payload of more than one reference is `indirect`: the payload then
    /// lives in a box of its own, sized for its case, instead of every state's box holding
    /// room for the largest (a `MapState` took 122 bytes).
    public enum Detail: Hashable, Sendable {
        indirect case task(TaskState)
        case pass
        indirect case choice(ChoiceState)
        indirect case wait(WaitDuration?)
        case succeed
        indirect case fail(FailState)
        case parallel(ParallelState)
        indirect case map(MapState)
        /// A missing or unknown `Type`; the validator reports it.
        case unknown
    }

    /// Laid out by hand, largest first, in 104 bytes (252 before): a machine of small states
    /// holds one box per state, and the boxes were a sixth of `validate`'s heap on such inputs
    /// (issue 12). Positions are packed; the pointer is derived from the scope's pointer,
    /// which the scope holds anyway, instead of a string per state.
    struct Fields: Sendable {
        var name: String
        /// The scope's pointer when `pointerIsExplicit` is false, else the state's own pointer.
        var pointerSource: String
        var nextName: String?
        var namePosition: PackedPosition
        var nextPosition: PackedPosition
        var detail: Detail
        var retriers: [Retrier]
        var catchers: [Catcher]
        var node: LocatedNode
        var type: StateType?
        var queryLanguage: QueryLanguage
        var isEnd: Bool
        var pointerIsExplicit: Bool

        var pointer: String {
            pointerIsExplicit ? pointerSource : State.pointer(ofStateNamed: name, inScopeAt: pointerSource)
        }

        var next: Located<String>? { nextName.map { Located($0, at: nextPosition.unpacked) } }
    }

    private var box: SharedBox<Fields>

    public init(
        name: String, namePosition: SourcePosition, pointer: String, type: StateType?, detail: Detail,
        queryLanguage: QueryLanguage, next: Located<String>?, isEnd: Bool, retriers: [Retrier], catchers: [Catcher],
        node: LocatedNode
    ) {
        self.init(
            name: name, namePosition: namePosition, pointerSource: pointer, pointerIsExplicit: true, type: type,
            detail: detail, queryLanguage: queryLanguage, next: next, isEnd: isEnd, retriers: retriers,
            catchers: catchers, node: node)
    }

    /// A state of the scope at `scopePointer`, whose own pointer is derived from it when asked
    /// for (`scopePointer` + `/States/` + the escaped name).
    init(
        name: String, namePosition: SourcePosition, inScopeAt scopePointer: String, type: StateType?, detail: Detail,
        queryLanguage: QueryLanguage, next: Located<String>?, isEnd: Bool, retriers: [Retrier], catchers: [Catcher],
        node: LocatedNode
    ) {
        self.init(
            name: name, namePosition: namePosition, pointerSource: scopePointer, pointerIsExplicit: false, type: type,
            detail: detail, queryLanguage: queryLanguage, next: next, isEnd: isEnd, retriers: retriers,
            catchers: catchers, node: node)
    }

    private init(
        name: String, namePosition: SourcePosition, pointerSource: String, pointerIsExplicit: Bool, type: StateType?,
        detail: Detail, queryLanguage: QueryLanguage, next: Located<String>?, isEnd: Bool, retriers: [Retrier],
        catchers: [Catcher], node: LocatedNode
    ) {
        box = SharedBox(Fields(
            name: name, pointerSource: pointerSource, nextName: next?.value, namePosition: PackedPosition(namePosition),
            nextPosition: PackedPosition(next?.position), detail: detail, retriers: retriers, catchers: catchers,
            node: node, type: type, queryLanguage: queryLanguage, isEnd: isEnd, pointerIsExplicit: pointerIsExplicit))
    }

    /// The JSON pointer of the state `name` in the scope whose pointer is `scopePointer`.
    static func pointer(ofStateNamed name: String, inScopeAt scopePointer: String) -> String {
        JSONPointer.appending(scopePointer, "States", name)
    }

    public var name: String {
        get { box.value.name }
        set {
            update {
                // A renamed state keeps the pointer it was built with, as when it was stored.
                $0.pointerSource = $0.pointer
                $0.pointerIsExplicit = true
                $0.name = newValue
            }
        }
    }
    public var namePosition: SourcePosition {
        get { box.value.namePosition.unpacked }
        set { update { $0.namePosition = PackedPosition(newValue) } }
    }
    /// JSON pointer of the state object, e.g. `/States/Fan out/Branches/0/States/Fetch`. Made
    /// when asked for: callers ask for it only to report something.
    public var pointer: String {
        get { box.value.pointer }
        set { update { $0.pointerSource = newValue; $0.pointerIsExplicit = true } }
    }
    public var type: StateType? { get { box.value.type } set { update { $0.type = newValue } } }
    public var detail: Detail { get { box.value.detail } set { update { $0.detail = newValue } } }
    /// The language this state's expressions use, after inheritance from the machine.
    public var queryLanguage: QueryLanguage { get { box.value.queryLanguage } set { update { $0.queryLanguage = newValue } } }
    public var next: Located<String>? {
        get { box.value.next }
        set { update { $0.nextName = newValue?.value; $0.nextPosition = PackedPosition(newValue?.position) } }
    }
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

    /// Equal when every public field is: a pointer derived from the scope equals the same
    /// pointer given explicitly.
    public static func == (lhs: State, rhs: State) -> Bool {
        if lhs.box === rhs.box { return true }
        let l = lhs.box.value
        let r = rhs.box.value
        return l.name == r.name && l.namePosition == r.namePosition && l.type == r.type && l.detail == r.detail
            && l.queryLanguage == r.queryLanguage && l.nextName == r.nextName && l.nextPosition == r.nextPosition
            && l.isEnd == r.isEnd && l.retriers == r.retriers && l.catchers == r.catchers && l.node == r.node
            && l.pointer == r.pointer
    }

    public func hash(into hasher: inout Hasher) {
        let fields = box.value
        hasher.combine(fields.name)
        hasher.combine(fields.namePosition)
        hasher.combine(fields.pointer)
        hasher.combine(fields.type)
        hasher.combine(fields.detail)
        hasher.combine(fields.queryLanguage)
        hasher.combine(fields.nextName)
        hasher.combine(fields.nextPosition)
        hasher.combine(fields.isEnd)
        hasher.combine(fields.retriers)
        hasher.combine(fields.catchers)
        hasher.combine(fields.node)
    }

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
