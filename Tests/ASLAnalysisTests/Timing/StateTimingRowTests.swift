import Testing

@testable import ASLAnalysis

/// The per-state rows are held through the whole analysis of a machine (issue 12): each is
/// 88 bytes, and its figures read back as the analysis gave them, unbounded ones as `nil`.
@Suite struct StateTimingRowTests {
    @Test func aRowIsEightyEightBytes() {
        #expect(MemoryLayout<StateTiming>.stride == 88)
    }

    @Test func boundedAndUnboundedFiguresReadBack() throws {
        let report = try TimingFixtures.report(
            """
            {"StartAt": "Bounded", "States": {
              "Bounded": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 30,
                "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2, "IntervalSeconds": 1}], "Next": "Open"},
              "Open": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}
            """)
        let bounded = try #require(report.states.first { $0.state == "Bounded" })
        #expect(bounded.retriers == 1 && bounded.firingRetriers == 1 && bounded.maxAttempts == 3)
        #expect(bounded.worstSeconds == 93 && bounded.worstTransitions == 3 && bounded.retryWaitSeconds == 3)
        let open = try #require(report.states.first { $0.state == "Open" })
        #expect(open.worstSeconds == nil && open.timeout == .missing && open.retriers == 0)
        var row = bounded
        row.worstSeconds = nil
        row.worstTransitions = nil
        #expect(row.worstSeconds == nil && row.worstTransitions == nil && row != bounded)
        row.worstSeconds = 93
        row.worstTransitions = 3
        #expect(row == bounded)
    }
}
