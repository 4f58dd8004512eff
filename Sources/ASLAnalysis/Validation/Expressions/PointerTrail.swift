import ASLLoad

/// The JSON Pointers of the nodes a walk visits, kept as steps linked to their parent so that a
/// pointer is spelled out only when a finding needs it: building one string per visited node
/// cost more than checking the node.
struct PointerTrail {
    enum Token {
        case key(String)
        case index(Int)
    }

    /// The step of the walk's root (whose pointer the caller gives).
    static let start = -1
    private var steps: [(parent: Int, token: Token)] = []

    /// The step of the child `token` below `parent`.
    mutating func step(from parent: Int, _ token: Token) -> Int {
        steps.append((parent, token))
        return steps.count - 1
    }

    /// The pointer of `step`, below the root's pointer `root`.
    func pointer(_ step: Int, from root: String) -> String {
        var tokens: [Token] = []
        var current = step
        while current != Self.start {
            tokens.append(steps[current].token)
            current = steps[current].parent
        }
        var pointer = root
        for token in tokens.reversed() {
            switch token {
            case .key(let key): pointer = JSONPointer.appending(pointer, key)
            case .index(let index): pointer = JSONPointer.appending(pointer, index)
            }
        }
        return pointer
    }
}
