import ASLModel
import Foundation  // NSLock: `Mutex` (Synchronization) needs macOS 15, the package targets macOS 13.

/// The graphs of every scope of a machine, the machine's own first, in document order.
public struct MachineGraph: Sendable {
    public let machine: StateMachine
    public let scopes: [ScopeGraph]
    private let pointerIndex = PointerIndex()

    public init(machine: StateMachine) {
        self.machine = machine
        self.scopes = machine.allScopes.map(ScopeGraph.init(scope:))
    }

    public var root: ScopeGraph { scopes[0] }

    /// The index by pointer is built on the first call: validation never asks, and hashing
    /// every pointer of a machine with thousands of scopes cost more than building its graphs.
    public func graph(forScopeAt pointer: String) -> ScopeGraph? {
        pointerIndex.index(of: pointer, in: scopes).map { scopes[$0] }
    }

    /// A readable dump for failing tests: every scope, its start, and each edge with its kind.
    public func debugDescription() -> String {
        var lines: [String] = []
        for graph in scopes {
            lines.append("scope \(graph.scope.displayName) [\(graph.scope.pointer)] start=\(graph.start.map { graph.scope.states[$0].name } ?? "-")")
            for (i, state) in graph.scope.states.enumerated() {
                let term = graph.termination[i].map { " (\($0))" } ?? ""
                lines.append("  \(i) \(state.name)\(term)")
                for e in graph.outgoing[i] {
                    let edge = graph.edges[e]
                    lines.append("    -\(edge.kind)-> \(graph.scope.states[edge.to].name)")
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Scope indices by JSON pointer, built once on first use and shared by every copy of the graph.
private final class PointerIndex: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var indexByPointer: [String: Int]?

    func index(of pointer: String, in scopes: [ScopeGraph]) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if let indexByPointer { return indexByPointer[pointer] }
        var index: [String: Int] = [:]
        index.reserveCapacity(scopes.count)
        for (i, graph) in scopes.enumerated() { index[graph.scope.pointer] = i }
        indexByPointer = index
        return index[pointer]
    }
}
