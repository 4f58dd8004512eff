import ASLLoad
import ASLSource

/// The typed, immutable model of one state machine definition.
public struct StateMachine: Hashable, Sendable {
    public var root: Scope
    public var queryLanguage: QueryLanguage
    public var timeoutSeconds: Located<Int>?
    public var comment: String?
    public var node: LocatedNode

    public init(root: Scope, queryLanguage: QueryLanguage, timeoutSeconds: Located<Int>?, comment: String?, node: LocatedNode) {
        self.root = root
        self.queryLanguage = queryLanguage
        self.timeoutSeconds = timeoutSeconds
        self.comment = comment
        self.node = node
    }

    /// Every scope, the machine's first, then nested ones in document order (pre-order).
    /// - Complexity: O(number of states), iterative.
    public var allScopes: [Scope] {
        var result: [Scope] = []
        var stack: [Scope] = [root]
        while let scope = stack.popLast() {
            result.append(scope)
            for state in scope.states.reversed() {
                stack.append(contentsOf: state.childScopes.reversed())
            }
        }
        return result
    }

    /// Every state of every scope, paired with its scope.
    public var allStates: [(scope: Scope, state: State)] {
        allScopes.flatMap { scope in scope.states.map { (scope, $0) } }
    }
}
