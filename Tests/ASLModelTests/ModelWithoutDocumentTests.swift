@testable import ASLLoad
import ASLModel
import ASLSource
import Testing

/// `StateMachineBuilder.build(_:keepingDocument: false)`, which `analyze`, `audit` and `paths`
/// use so that a document is freed once its model is built.
@Suite struct ModelWithoutDocumentTests {
    static let text = #"""
        {"StartAt": "Route", "TimeoutSeconds": 60, "States": {
          "Route": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": 1, "Next": "Fan"}], "Default": "Work"},
          "Work": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:w", "TimeoutSeconds": 5,
            "Retry": [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": 2}],
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}], "Next": "Fan"},
          "Fan": {"Type": "Parallel", "Branches": [{"StartAt": "Each", "States": {
            "Each": {"Type": "Map", "ItemProcessor": {"StartAt": "Item", "States": {"Item": {"Type": "Pass", "End": true}}}, "End": true}}}],
            "End": true},
          "Failed": {"Type": "Fail", "Error": "E"}}}
        """#

    /// The model, and a weak reference to the arena of the document it was built from; the
    /// document itself is gone when this returns.
    static func build(keepingDocument: Bool) throws -> (StateMachine, WeakArena) {
        let root = try #require(JSONReader.parse(text, file: "t.json").root)
        guard let arena = root.storage as? DocumentArena else { throw Unexpected.notAnArenaNode }
        return (StateMachineBuilder.build(root, keepingDocument: keepingDocument), WeakArena(arena))
    }

    final class WeakArena {
        weak var arena: DocumentArena?
        init(_ arena: DocumentArena) { self.arena = arena }
    }

    enum Unexpected: Error { case notAnArenaNode }

    @Test func aModelWithoutTheDocumentLetsTheArenaGo() throws {
        let (model, weak) = try Self.build(keepingDocument: false)
        #expect(weak.arena == nil)
        #expect(model.allStates.count == 6)
    }

    @Test func aModelWithTheDocumentKeepsTheArena() throws {
        let (model, weak) = try Self.build(keepingDocument: true)
        #expect(weak.arena != nil)
        #expect(model.allStates.count == 6)
    }

    @Test func everyNodeIsTheEmptyPlaceholder() throws {
        let (model, _) = try Self.build(keepingDocument: false)
        let placeholder = SourcePosition(line: 0, column: 0)
        var nodes = [model.node] + model.allScopes.map(\.node) + model.allStates.map(\.state.node)
        for (_, state) in model.allStates {
            nodes += state.retriers.map(\.node) + state.catchers.map(\.node) + (state.choice?.rules.map(\.node) ?? [])
        }
        #expect(nodes.count == 1 + 3 + 6 + 3)
        for node in nodes {
            #expect(node.position == placeholder)
            #expect(node.members?.isEmpty == true)
        }
    }

    @Test func typedFieldsAreTheSameAsWithTheDocument() throws {
        let (without, _) = try Self.build(keepingDocument: false)
        let (with, _) = try Self.build(keepingDocument: true)
        #expect(without.timeoutSeconds == with.timeoutSeconds)
        #expect(without.allScopes.map(\.pointer) == with.allScopes.map(\.pointer))
        #expect(without.allScopes.map(\.startAt) == with.allScopes.map(\.startAt))
        for ((_, a), (_, b)) in zip(without.allStates, with.allStates) {
            #expect(a.name == b.name)
            #expect(a.namePosition == b.namePosition)
            #expect(a.pointer == b.pointer)
            #expect(a.type == b.type)
            #expect(a.task == b.task)
            #expect(a.map?.mode == b.map?.mode)
            #expect(a.next == b.next)
            #expect(a.isEnd == b.isEnd)
            #expect(a.retriers.map(\.errorEquals) == b.retriers.map(\.errorEquals))
            #expect(a.retriers.map(\.maxAttempts) == b.retriers.map(\.maxAttempts))
            #expect(a.catchers.map(\.next) == b.catchers.map(\.next))
            #expect(a.choice?.rules.map(\.condition) == b.choice?.rules.map(\.condition))
            #expect(a.choice?.rules.map(\.next) == b.choice?.rules.map(\.next))
            #expect(a.choice?.defaultTarget == b.choice?.defaultTarget)
        }
    }
}
