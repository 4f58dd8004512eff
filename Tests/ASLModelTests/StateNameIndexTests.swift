import ASLLoad
import ASLModel
import ASLSource
import Testing

/// `Scope.index(of:)` on scopes large enough for the hash index (more than 8 states).
@Suite struct StateNameIndexTests {
    static func machine(states: Int) throws -> StateMachine {
        let body = (0..<states).map { #""S\#($0)": {"Type": "Pass", "Next": "S\#($0 + 1)"}"# }
            + [#""S\#(states)": {"Type": "Succeed"}"#]
        let read = JSONReader.parse(#"{"StartAt": "S0", "States": {\#(body.joined(separator: ","))}}"#, file: "t.json")
        return StateMachineBuilder.build(try #require(read.root))
    }

    @Test func everyNameIsFoundAtItsPositionAndOthersAreNot() throws {
        let scope = try Self.machine(states: 3_000).root
        for (position, state) in scope.states.enumerated() { #expect(scope.index(of: state.name) == position) }
        for missing in ["", "S", "S3001", "s0", "S0 ", "S-1"] { #expect(scope.index(of: missing) == nil) }
    }

    /// The reader keeps the first of duplicate keys, but a scope made from states can repeat a
    /// name: the first one wins, as a linear search would find it.
    @Test func aRepeatedNameFindsTheFirstState() throws {
        let built = try Self.machine(states: 20).root
        let twice = Scope(kind: .root, pointer: "", startAt: built.startAt, states: built.states + built.states, node: built.node)
        #expect(twice.states.count == 42)
        for (position, state) in built.states.enumerated() { #expect(twice.index(of: state.name) == position) }
    }
}
