import ASLLoad
@testable import ASLModel
import ASLSource
import Testing

/// The model's compact storage (issue 12): pointers made on demand from the scope's, packed
/// positions, boxed `Detail` payloads and in-place Choice conditions read back exactly what
/// was written.
@Suite struct CompactModelTests {
    static let nested = #"""
        {"StartAt": "Fan", "States": {
          "Fan": {"Type": "Parallel", "Next": "a/b~c", "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true,
              "ItemProcessor": {"StartAt": "Item/1", "States": {"Item/1": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "End": true}}}}}}]},
          "a/b~c": {"Type": "Map", "Iterator": {"StartAt": "I", "States": {"I": {"Type": "Succeed"}}}, "End": true}}}
        """#

    static func build(_ text: String) throws -> StateMachine {
        StateMachineBuilder.build(try #require(JSONReader.parse(text, file: "t.json").root))
    }

    @Test func pointersOfNestedStatesAreTheFullEscapedPaths() throws {
        let machine = try Self.build(Self.nested)
        #expect(machine.allStates.map(\.state.pointer) == [
            "/States/Fan",
            "/States/a~1b~0c",
            "/States/Fan/Branches/0/States/A",
            "/States/Fan/Branches/1/States/Each",
            "/States/Fan/Branches/1/States/Each/ItemProcessor/States/Item~11",
            "/States/a~1b~0c/Iterator/States/I",
        ])
        #expect(machine.allScopes.map(\.pointer) == [
            "", "/States/Fan/Branches/0", "/States/Fan/Branches/1", "/States/Fan/Branches/1/States/Each/ItemProcessor",
            "/States/a~1b~0c/Iterator",
        ])
    }

    /// What the builder made before pointers were derived: one step at a time.
    @Test func aStatePointerIsItsScopePointerThenStatesThenItsEscapedName() throws {
        let machine = try Self.build(Self.nested)
        for (scope, state) in machine.allStates {
            let stepByStep = JSONPointer.appending(JSONPointer.appending(scope.pointer, "States"), state.name)
            #expect(state.pointer == stepByStep)
        }
    }

    @Test func threeTokenAppendEqualsTwoAppends() {
        let cases: [(String, String, String)] = [
            ("", "States", "A"), ("/States/P/Branches/0", "States", "a/b"), ("/x", "States", "t~1"),
            ("/x", "a~", "b"), ("", "", ""), ("/ü", "States", "naïve ☃"),
        ]
        for (pointer, first, second) in cases {
            #expect(
                JSONPointer.appending(pointer, first, second)
                    == JSONPointer.appending(JSONPointer.appending(pointer, first), second))
        }
        #expect(JSONPointer.appending("/States/P", "States", "a/b~c") == "/States/P/States/a~1b~0c")
    }

    @Test func scopeKindsReadBackAsBuiltAndAsSet() throws {
        let machine = try Self.build(Self.nested)
        #expect(machine.allScopes.map(\.kind) == [
            .root, .parallelBranch(parent: "Fan", index: 0), .parallelBranch(parent: "Fan", index: 1),
            .mapProcessor(parent: "Each"), .mapProcessor(parent: "a/b~c"),
        ])
        #expect(machine.allScopes.map(\.displayName)[1...3] == ["branch 1 of Fan", "branch 2 of Fan", "iteration of Each"])
        var scope = machine.allScopes[3]
        scope.kind = .parallelBranch(parent: "P", index: 7)
        #expect(scope.kind == .parallelBranch(parent: "P", index: 7))
        scope.kind = .root
        #expect(scope.kind == .root)
        #expect(scope.states == machine.allScopes[3].states)
        #expect(scope != machine.allScopes[3])
    }

    @Test func taskResourcesReadBackAsBuiltAndAsSet() throws {
        let machine = try Self.build(Self.nested)
        let item = try #require(machine.allStates[4].state.task)
        #expect(item.resource == TaskResource(arn: "arn:aws:states:::sqs:sendMessage", position: SourcePosition(line: 5, column: 96)))
        var task = item
        task.resource = TaskResource(arn: "arn:aws:states:::ecs:runTask.sync", position: SourcePosition(line: 2, column: 3))
        #expect(task.resource?.integration == .ecs)
        #expect(task.resource?.pattern == .sync)
        #expect(task.resource?.position == SourcePosition(line: 2, column: 3))
        task.resource = nil
        #expect(task.resource == nil)
        #expect(task == TaskState(resource: nil, timeoutSeconds: nil, heartbeatSeconds: nil))
    }

    @Test func renamingAStateKeepsThePointerItWasBuiltWith() throws {
        var state = try Self.build(Self.nested).allStates[2].state
        state.name = "Renamed"
        #expect(state.name == "Renamed")
        #expect(state.pointer == "/States/Fan/Branches/0/States/A")
        state.pointer = "/elsewhere"
        #expect(state.pointer == "/elsewhere")
    }

    @Test func aBuiltStateEqualsTheSameStateGivenAnExplicitPointer() throws {
        let built = try Self.build(Self.nested).allStates[1].state
        let explicit = State(
            name: built.name, namePosition: built.namePosition, pointer: "/States/a~1b~0c", type: built.type,
            detail: built.detail, queryLanguage: built.queryLanguage, next: built.next, isEnd: built.isEnd,
            retriers: built.retriers, catchers: built.catchers, node: built.node)
        #expect(explicit == built)
        #expect(explicit.hashValue == built.hashValue)
        var moved = explicit
        moved.pointer = "/States/other"
        #expect(moved != built)
    }

    @Test func positionsAndTransitionsReadBackExactly() throws {
        let machine = try Self.build(#"""
            {"StartAt": "C",
             "States": {"C": {"Type": "Choice", "Choices": [{"Not": {"Variable": "$.x", "IsPresent": true}, "Next": "W"}],
                              "Default": "W"},
                        "W": {"Type": "Wait", "Seconds": 5, "Next": "C2"}, "C2": {"Type": "Succeed"}}}
            """#)
        let choice = machine.root.states[0]
        #expect(machine.root.startAt == Located("C", at: SourcePosition(line: 1, column: 13)))
        #expect(choice.namePosition == SourcePosition(line: 2, column: 13))
        #expect(choice.next == nil)
        #expect(choice.choice?.rules[0].next == Located("W", at: SourcePosition(line: 2, column: 105)))
        #expect(choice.choice?.rules[0].condition == .not(.comparison(variable: "$.x", operator: "IsPresent", operand: "true")))
        let wait = machine.root.states[1]
        #expect(wait.next == Located("C2", at: SourcePosition(line: 4, column: 57)))
        #expect(wait.detail == .wait(.seconds(.literal(5, SourcePosition(line: 4, column: 46)))))

        var rule = try #require(choice.choice?.rules[0])
        rule.next = nil
        #expect(rule.next == nil)
        rule.next = Located("X", at: SourcePosition(line: 9, column: 3))
        #expect(rule.next == Located("X", at: SourcePosition(line: 9, column: 3)))
    }

    /// The sizes the issue 12 numbers in README.md were measured with: a state's box was 252
    /// bytes before, a scope's 112, a Map's 122, a Task's 113, a Choice rule 72 plus a box per
    /// condition.
    @Test func storageSizes() {
        #expect(MemoryLayout<State.Fields>.size == 104)
        #expect(MemoryLayout<State.Detail>.size == 8)
        #expect(MemoryLayout<Scope.Fields>.size == 88)
        #expect(MemoryLayout<MapState>.size == 113)
        #expect(MemoryLayout<ChoiceRule>.stride == 96)
        #expect(MemoryLayout<TaskState>.size == 99)
    }
}
