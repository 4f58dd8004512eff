import ASLAnalysis
@testable import ASLRender
import Testing

/// `--highlight worst-case` on an unbounded machine marks what makes it unbounded, not only the
/// Parallel whose branch holds it, and says why.
@Suite struct WorstCaseHighlightTests {
    @Test func unboundedPartIsHighlightedWithItsReason() throws {
        let machine = Fixtures.machine(#"""
            {"StartAt": "Fan", "States": {"Fan": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "Quick", "States": {"Quick": {"Type": "Pass", "End": true}}},
              {"StartAt": "Slow", "States": {"Slow": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}]}}}
            """#)
        let highlight = try #require(ReportFacts.worstCaseHighlight(TimingAnalyzer.analyze(machine, assumptions: Assumptions())))
        #expect(highlight.stateNames == ["Fan", "Slow"])
        #expect(highlight.caption == "Worst case unbounded: Slow: Task has no TimeoutSeconds (AWS's default is 99999999 s)")
    }
}
