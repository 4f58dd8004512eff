import ASLAnalysis
import ASLLoad
@testable import ASLRender
import Testing

/// Removed transitions are drawn in a style of their own, not as Catch edges.
@Suite struct DiffRemovedTransitionTests {
    typealias F = DiffReportFixtures

    static let base = #"""
        {"StartAt": "A", "States": {
          "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "B", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "C"}]},
          "B": {"Type": "Pass", "Next": "C"}, "C": {"Type": "Succeed"}}}
        """#
    static let head = #"""
        {"StartAt": "A", "States": {
          "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "C", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "C"}]},
          "C": {"Type": "Succeed"}}}
        """#

    @Test func removedTransitionsAreCrossedGreyNotDashedRed() throws {
        let diff = RepositoryDiffer.diff(base: F.load(Self.base, file: "m.asl.json"), head: F.load(Self.head, file: "m.asl.json"), baseLabel: "a", headLabel: "b")
        let machine = try #require(diff.machines.first)
        let chart = try #require(DiffMermaid.render(machine))
        let lines = chart.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let edges = lines.filter { $0.hasPrefix("n_") && $0.contains(" n_") && !$0.hasPrefix("n_start((") }
        #expect(edges.contains("n_state_a --x n_diff_removed_0"))
        #expect(edges.contains("n_diff_removed_0 --x n_state_c"))
        #expect(edges.contains(#"n_state_a -.->|"States.ALL"| n_state_c"#))
        let catchIndex = try #require(edges.firstIndex(of: #"n_state_a -.->|"States.ALL"| n_state_c"#))
        let removed = [try #require(edges.firstIndex(of: "n_state_a --x n_diff_removed_0")), try #require(edges.firstIndex(of: "n_diff_removed_0 --x n_state_c"))]
        // `edges` starts with the start edge, so its indices are Mermaid's link numbers.
        #expect(lines.contains("linkStyle \(catchIndex) stroke:#C62828"))
        #expect(lines.contains("linkStyle \(removed.map(String.init).joined(separator: ",")) stroke:#8C959F,stroke-width:2px,stroke-dasharray:2 4"))
        #expect(!chart.contains("cf222e"))
        #expect(DiffMermaid.legend.contains("dotted grey arrows ending in × removed ones; dashed red arrows are Catch edges"))
    }
}
