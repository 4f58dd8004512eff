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
        var inOrder = [ScopeTree.Owner?](repeating: nil, count: count)
        var inOrderDistributed = [Bool](repeating: false, count: count)
        #expect(ScopeTree.findOwnersInOrder(graph, owner: &inOrder, distributed: &inOrderDistributed))
        var byPointer = [ScopeTree.Owner?](repeating: nil, count: count)
        var byPointerDistributed = [Bool](repeating: false, count: count)
        ScopeTree.findOwnersByPointer(graph, owner: &byPointer, distributed: &byPointerDistributed)
        #expect(inOrder == byPointer)
        #expect(inOrderDistributed == byPointerDistributed)
        #expect(inOrderDistributed == [false, false, false, false, false, false, true])
        #expect(inOrder.map { $0.map { "\($0.scope).\($0.state)" } ?? "-" } == ["-", "0.0", "0.0", "2.0", "3.0", "0.1", "0.2"])
    }
}
