import ASLLoad
import ASLSource

/// One state, with the fields every state shares and its type-specific part.
///
/// The model is a lenient projection of the document: a field of the wrong type is left out
/// here and reported by the validator, which reads the raw `node` for exact locations.
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

    public var name: String
    public var namePosition: SourcePosition
    /// JSON pointer of the state object, e.g. `/States/Fan out/Branches/0/States/Fetch`.
    public var pointer: String
    public var type: StateType?
    public var detail: Detail
    /// The language this state's expressions use, after inheritance from the machine.
    public var queryLanguage: QueryLanguage
    public var next: Located<String>?
    public var isEnd: Bool
    public var retriers: [Retrier]
    public var catchers: [Catcher]
    public var node: LocatedNode

    public init(
        name: String, namePosition: SourcePosition, pointer: String, type: StateType?, detail: Detail,
        queryLanguage: QueryLanguage, next: Located<String>?, isEnd: Bool, retriers: [Retrier], catchers: [Catcher],
        node: LocatedNode
    ) {
        self.name = name
        self.namePosition = namePosition
        self.pointer = pointer
        self.type = type
        self.detail = detail
        self.queryLanguage = queryLanguage
        self.next = next
        self.isEnd = isEnd
        self.retriers = retriers
        self.catchers = catchers
        self.node = node
    }

    /// Nested scopes: Parallel branches in order, or the Map's item processor.
    public var childScopes: [Scope] {
        switch detail {
        case .parallel(let p): p.branches
        case .map(let m): m.processor.map { [$0] } ?? []
        default: []
        }
    }

    public var task: TaskState? {
        if case .task(let t) = detail { return t }
        return nil
    }

    public var choice: ChoiceState? {
        if case .choice(let c) = detail { return c }
        return nil
    }

    public var map: MapState? {
        if case .map(let m) = detail { return m }
        return nil
    }
}
