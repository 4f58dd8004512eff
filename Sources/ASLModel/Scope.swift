import ASLLoad
import ASLSource

/// A `StartAt` + `States` block: the machine itself, a Parallel branch, or a Map processor.
/// Transitions never cross a scope's boundary.
public struct Scope: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case root
        case parallelBranch(parent: String, index: Int)
        case mapProcessor(parent: String)
    }

    public var kind: Kind
    /// JSON pointer of the object holding `StartAt` and `States` (`""` for the machine).
    public var pointer: String
    public var startAt: Located<String>?
    /// States in document order.
    public var states: [State]
    public var node: LocatedNode
    private var indexByName: [String: Int]

    public init(kind: Kind, pointer: String, startAt: Located<String>?, states: [State], node: LocatedNode) {
        self.kind = kind
        self.pointer = pointer
        self.startAt = startAt
        self.states = states
        self.node = node
        var index: [String: Int] = [:]
        for (i, state) in states.enumerated() where index[state.name] == nil {
            index[state.name] = i
        }
        self.indexByName = index
    }

    public func index(of name: String) -> Int? { indexByName[name] }

    public func state(named name: String) -> State? { indexByName[name].map { states[$0] } }

    /// A short human name: "machine", "branch 2 of Fan out", "iteration of Each order".
    public var displayName: String {
        switch kind {
        case .root: "machine"
        case .parallelBranch(let parent, let index): "branch \(index + 1) of \(parent)"
        case .mapProcessor(let parent): "iteration of \(parent)"
        }
    }
}
