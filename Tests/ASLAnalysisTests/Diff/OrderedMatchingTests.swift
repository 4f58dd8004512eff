@testable import ASLAnalysis
import ASLSource
import Testing

@Suite struct OrderedMatchingTests {
    private func unmatched(_ base: [String], _ head: [String]) -> (base: [Int], head: [Int]) {
        OrderedMatching.unmatched(baseCount: base.count, headCount: head.count, baseKey: { base[$0] }, headKey: { head[$0] })
    }

    @Test func equalKeysPairOneToOneInOrder() {
        // "a" twice in base, three times in head: the third in head is left over.
        let result = unmatched(["a", "b", "a", "c"], ["a", "a", "a", "b", "d"])
        #expect(result.head == [2, 4])
        #expect(result.base == [3])
    }

    @Test func emptySides() {
        #expect(unmatched([], ["x", "x"]).head == [0, 1])
        #expect(unmatched(["x"], []).base == [0])
        #expect(unmatched([], []).base.isEmpty)
    }

    /// Keys are compared as parts, not as one joined text: a name holding the old separator
    /// (U+0001) no longer makes two different findings one.
    @Test func findingsWithASeparatorInTheirTextStayApart() {
        func finding(_ state: String, _ message: String) -> Diagnostic {
            Diagnostic(ruleID: "r", severity: .warning, message: message, file: "f", position: nil, stateName: state)
        }
        let base = [finding("a\u{1}b", "c")]
        let head = [finding("a", "b\u{1}c")]
        let result = DiagnosticDiff.compare(base: base, head: head, renames: [:])
        #expect(result.introduced == head)
        #expect(result.fixed == base)
    }

    @Test func findingsFollowRenamedStates() {
        func finding(_ state: String) -> Diagnostic {
            Diagnostic(ruleID: "r", severity: .warning, message: "m", file: "f", position: nil, stateName: state)
        }
        let result = DiagnosticDiff.compare(base: [finding("Old"), finding("Old")], head: [finding("New")], renames: ["Old": "New"])
        #expect(result.introduced.isEmpty)
        #expect(result.fixed == [finding("Old")])
    }
}
