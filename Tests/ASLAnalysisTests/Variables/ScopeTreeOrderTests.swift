@testable import ASLAnalysis
import ASLLoad
import ASLModel
import Testing

/// The scope owners found by walking the scopes in `allScopes` order are those a look-up by
/// pointer finds, for nested Parallels and Maps (inline, distributed, `Iterator`).
@Suite struct ScopeTreeOrderTests {
    static let machine = """
        {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "Next": "M", "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
            {"StartAt": "Q", "States": {"Q": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "I", "States": {"I": {"Type": "Map", "End": true, "Iterator": {"StartAt": "J", "States": {"J": {"Type": "Pass", "End": true}}}}}}]}}}]},
          "M": {"Type": "Map", "Next": "D", "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}},
          "D": {"Type": "Map", "End": true, "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "C", "States": {"C": {"Type": "Pass", "End": true}}}}}}
        """

    @Test func ownersInOrderAreOwnersByPointer() throws {
        let root = try #require(JSONReader.parse(Self.machine, file: "s.asl.json").root)
        let graph = MachineGraph(machine: StateMachineBuilder.build(root))
        let count = graph.scopes.count
        #expect(count == 7)
        let (inOrder, inOrderDistributed) = ScopeTree.owners(graph)
        #expect(inOrder.dropFirst().allSatisfy { $0 != nil })
        let (byPointer, byPointerDistributed) = Self.ownersByPointer(graph)
        #expect(inOrder == byPointer)
        #expect(inOrderDistributed == byPointerDistributed)
        #expect(inOrderDistributed == [false, false, false, false, false, false, true])
        #expect(inOrder.map { $0.map { "\($0.scope).\($0.state)" } ?? "-" } == ["-", "0.0", "0.0", "2.0", "3.0", "0.1", "0.2"])
    }

    /// The reference: each child scope found through a dictionary of the scopes' pointers,
    /// whatever their order.
    static func ownersByPointer(_ graph: MachineGraph) -> (owner: [ScopeTree.Owner?], distributed: [Bool]) {
        var owner = [ScopeTree.Owner?](repeating: nil, count: graph.scopes.count)
        var distributed = [Bool](repeating: false, count: graph.scopes.count)
        var indexByPointer: [String: Int] = [:]
        for i in graph.scopes.indices { indexByPointer[graph.scopes[i].scope.pointer] = i }
        for si in graph.scopes.indices {
            let states = graph.scopes[si].scope.states
            for i in states.indices {
                for child in states[i].childScopes {
                    guard let ci = indexByPointer[child.pointer] else { continue }
                    owner[ci] = ScopeTree.Owner(scope: si, state: i)
                    distributed[ci] = states[i].map?.mode == .distributed
                }
            }
        }
        return (owner, distributed)
    }
}
