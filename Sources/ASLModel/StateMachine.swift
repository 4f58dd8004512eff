import ASLLoad
import ASLSource

/// The typed, immutable model of one state machine definition.
public struct StateMachine: Sendable {
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
        self.allScopes = Self.collectScopes(root)
        var allStates: [(scope: Scope, state: State)] = []
        allStates.reserveCapacity(allScopes.reduce(0) { $0 + $1.states.count })
        for scope in allScopes {
            for state in scope.states { allStates.append((scope, state)) }
        }
        self.allStates = allStates
    }

    /// Every scope, the machine's first, then nested ones in document order (pre-order).
    public let allScopes: [Scope]

    /// Every state of every scope, paired with its scope, in the order of `allScopes`.
    public let allStates: [(scope: Scope, state: State)]

    /// - Complexity: O(number of states), iterative.
    private static func collectScopes(_ root: Scope) -> [Scope] {
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
}
