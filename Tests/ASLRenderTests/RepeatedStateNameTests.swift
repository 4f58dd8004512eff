import ASLRender
import Foundation
import Testing

/// Found by the `diagram` fuzz target: a name used by states of two scopes (a Parallel branch's
/// `Done` and the machine's own `Done`, which validation reports as `state-name-duplicate`) got
/// one id, so the DOT and the Mermaid drew both states as one node, with the edges of both.
/// Each scope's state now has its own id; names used once keep theirs.
@Suite struct RepeatedStateNameTests {
    static let machineJSON = """
        {"StartAt": "Fan out", "States": {
          "Fan out": {"Type": "Parallel", "Next": "Check", "Branches": [{"StartAt": "Check", "States": {
            "Check": {"Type": "Choice", "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Done"}], "Default": "Done"},
            "Done": {"Type": "Succeed"}}}]},
          "Check": {"Type": "Choice", "Choices": [{"Variable": "$[0].ok", "BooleanEquals": true, "Next": "Done"}], "Default": "Done"},
          "Done": {"Type": "Succeed"}}}
        """

    @Test func eachScopeHasItsOwnNodes() {
        let mermaid = MermaidWriter().write(Fixtures.machine(Self.machineJSON))
        let declared = mermaid.split(separator: "\n").compactMap { line -> String? in
            let body = line.drop { $0 == " " }
            guard body.hasPrefix("n_state_"), let end = body.firstIndex(where: { $0 == "(" || $0 == "{" }) else { return nil }
            return String(body[..<end])
        }
        #expect(declared == ["n_state_fan_out", "n_state_check_1a2503d8", "n_state_done_b54f16d0", "n_state_check_f69f1f51", "n_state_done_e9534c8b"])
        #expect(mermaid.contains("  n_state_check_1a2503d8 ==>|\"Default\"| n_state_done_b54f16d0\n"))
        #expect(mermaid.contains("  n_state_check_f69f1f51 ==>|\"Default\"| n_state_done_e9534c8b\n"))
        #expect(mermaid.contains("  n_join_fan_out --> n_state_check_f69f1f51\n"))
    }

    @Test func theDOTHasFiveStateNodes() {
        let dot = DOTWriter().write(Fixtures.machine(Self.machineJSON))
        let ids = dot.split(separator: "\n").compactMap { line -> String? in
            let body = line.drop { $0 == " " }
            guard body.hasPrefix("\"state-"), body.contains("[id="), !body.contains(" -> ") else { return nil }
            return String(body.dropFirst().prefix { $0 != "\"" })
        }
        #expect(ids == ["state-fan-out", "state-check-1a2503d8", "state-done-b54f16d0", "state-check-f69f1f51", "state-done-e9534c8b"])
    }

    @Test func namesUsedOnceKeepTheirIDs() {
        let ids = NodeIDs(states: [(scope: "", name: "Fan out"), (scope: "/States/Fan out/Branches/0", name: "Done"), (scope: "", name: "Done")])
        #expect(ids.stateID("Fan out", inScope: "") == "state-fan-out")
        #expect(ids.stateID("Done", inScope: "") != ids.stateID("Done", inScope: "/States/Fan out/Branches/0"))
        #expect(ids.stateID("Done", inScope: "").hasPrefix("state-done-"))
    }
}
