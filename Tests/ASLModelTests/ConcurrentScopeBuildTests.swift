@testable import ASLModel
import ASLLoad
import ASLSource
import Testing

/// A scope of `concurrentScopeThreshold` states or more is built on several threads, in runs;
/// the model must be the one built state by state on the calling thread.
@Suite struct ConcurrentScopeBuildTests {
    /// `blocks` × 4 states of every kind (nested scopes included) and a last Succeed: with
    /// 163 blocks, 653 states, runs of `concurrentRunLength` and a shorter last one.
    static func machine(blocks: Int) -> String {
        var states: [String] = []
        for b in 0..<blocks {
            let next = b + 1 < blocks ? "Route \(b + 1)" : "Done"
            states.append(#""Route \#(b)": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": \#(b), "Next": "Fan \#(b)"}], "Default": "Work \#(b)"}"#)
            states.append(#""Work \#(b)": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "TimeoutSeconds": \#(b + 1), "Retry": [{"ErrorEquals": ["States.ALL"]}], "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done"}], "Next": "\#(next)"}"#)
            states.append(#""Fan \#(b)": {"Type": "Parallel", "Branches": [{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}, {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Wait", "Seconds": \#(b), "End": true}}}, "End": true}}}], "Next": "Wait \#(b)"}"#)
            states.append(#""Wait \#(b)": {"Type": "Wait", "SecondsPath": "$.s\#(b)", "Next": "\#(next)"}"#)
        }
        states.append(#""Done": {"Type": "Succeed"}"#)
        return "{\"StartAt\": \"Route 0\", \"States\": {\n" + states.joined(separator: ",\n") + "\n}}"
    }

    @Test func statesBuiltInRunsEqualStatesBuiltOneByOne() throws {
        let definition = try #require(JSONReader.parse(Self.machine(blocks: 163), file: "t.json").root)
        let machine = StateMachineBuilder.build(definition)
        let members = try #require(definition["States"]?.members)
        #expect(members.count == 653)
        #expect(members.count >= StateMachineBuilder.concurrentScopeThreshold)
        #expect(members.count % StateMachineBuilder.concurrentRunLength != 0)
        let links = DocumentLinks(keepingDocument: true)
        let oneByOne = members.indices.map { index in
            StateMachineBuilder.state(
                members.value(at: index), name: members.key(at: index), namePosition: members.keyPosition(at: index),
                scopePointer: "", inherited: .jsonPath, links: links)
        }
        #expect(machine.root.states == oneByOne)
        #expect(machine.root.states.map(\.name) == members.indices.map { members.key(at: $0) })
        // Nested scopes in document order, each with its pointer.
        #expect(machine.allScopes.count == 1 + 163 * 3)
        #expect(machine.allScopes[1].pointer == "/States/Fan 0/Branches/0")
        #expect(machine.allScopes[3].pointer == "/States/Fan 0/Branches/1/States/M/ItemProcessor")
        #expect(machine.allScopes.last?.pointer == "/States/Fan 162/Branches/1/States/M/ItemProcessor")
        #expect(machine.allStates.count == 653 + 163 * 3)
    }

    @Test func repeatedBuildsAreEqual() throws {
        let definition = try #require(JSONReader.parse(Self.machine(blocks: 130), file: "t.json").root)
        let first = StateMachineBuilder.build(definition)
        for _ in 0..<4 {
            let again = StateMachineBuilder.build(definition)
            #expect(again.root == first.root)
            #expect(again.allScopes == first.allScopes)
        }
    }

    /// States built on worker threads (smaller stacks than the main one) still cope with a
    /// Choice condition and with Parallel branches nested as deep as the reader allows.
    @Test func deepNestingOnWorkerThreads() throws {
        var condition = #"{"Variable": "$.x", "StringEquals": "a"}"#
        for _ in 0..<(JSONReader.maximumDepth - 8) { condition = #"{"Not": "# + condition + "}" }
        var parallel = #"{"Type": "Pass", "End": true}"#
        for _ in 0..<((JSONReader.maximumDepth - 8) / 4) {
            parallel = #"{"Type": "Parallel", "End": true, "Branches": [{"StartAt": "P", "States": {"P": "# + parallel + "}}]}"
        }
        var states = (0..<600).map { #""S\#($0)": {"Type": "Pass", "Next": "S\#($0 + 1)"}"# }
        states.append(#""S600": {"Type": "Choice", "Choices": [{"And": ["# + condition + #"], "Next": "Deep"}], "Default": "Deep"}"#)
        states.append(#""Deep": "# + parallel)
        let text = #"{"StartAt": "S0", "States": {"# + states.joined(separator: ",") + "}}"
        let read = JSONReader.parse(text, file: "deep.json")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let machine = StateMachineBuilder.build(try #require(read.root))
        #expect(machine.root.states.count == 602)
        #expect(machine.allScopes.count == 1 + (JSONReader.maximumDepth - 8) / 4)
        guard case .choice(let choice) = machine.root.states[600].detail, case .and(let items) = choice.rules.first?.condition else {
            Issue.record("no And rule"); return
        }
        var depth = 0
        var inner = items.first
        while case .not(let next)? = inner { depth += 1; inner = next }
        #expect(depth == JSONReader.maximumDepth - 8)
    }

    /// `StateType(name:)` picks by length and first byte; it must answer as the synthesized
    /// `init(rawValue:)` does for every case and for near misses.
    /// A model that outlives its document stays in the main thread's heap (see `scope`).
    @Test func onlyAModelThatKeepsItsDocumentIsBuiltOnEveryCore() {
        let large = StateMachineBuilder.concurrentScopeThreshold
        #expect(StateMachineBuilder.buildsOnEveryCore(stateCount: large, keepingDocument: true))
        #expect(!StateMachineBuilder.buildsOnEveryCore(stateCount: large, keepingDocument: false))
        #expect(!StateMachineBuilder.buildsOnEveryCore(stateCount: large - 1, keepingDocument: true))
    }

    @Test func stateTypeByNameMatchesRawValue() {
        var names = StateType.allCases.map(\.rawValue)
        names += ["", "T", "task", "TASK", "Tas", "Tasks", "Taks", "Pas", "Fial", "Wiat", "Mop", "map", "Choise", "Succeeded",
                  "Paralel", "Parallels", "Xask", " Task", "Task ", "Ta\u{0301}sk", "Mа\u{0440}", "\u{212A}", "Ma\u{0070}"]
        for name in names {
            #expect(StateType(name: name) == StateType(rawValue: name), "\(name.debugDescription)")
        }
    }
}
