@testable import ASLAnalysis
import ASLModel
import Testing

/// Coverage of a distributed Map, whose iterations are child executions with histories of
/// their own: never counted as covered unless those histories are given.
@Suite struct DistributedMapCoverageTests {
    /// Prepare → Each (distributed: Resize → Done) → Finish: 5 states, 3 at the top.
    static let machine = PathFixtures.machine(#"""
        {"StartAt": "Prepare", "States": {
          "Prepare": {"Type": "Pass", "Next": "Each"},
          "Each": {"Type": "Map", "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Parameters": {"Bucket": "b", "Key": "k"}},
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "Resize",
              "States": {"Resize": {"Type": "Pass", "Next": "Done"}, "Done": {"Type": "Succeed"}}},
            "Next": "Finish"},
          "Finish": {"Type": "Succeed"}}}
        """#)

    static func events(_ list: [(String, String?)]) -> [HistoryEvent] {
        list.enumerated().map { i, e in HistoryEvent(id: i + 1, previousEventID: i, type: e.0, name: e.1) }
    }

    static let parent = ExecutionHistory(source: "parent", events: events([
        ("ExecutionStarted", nil), ("PassStateEntered", "Prepare"), ("PassStateExited", "Prepare"),
        ("MapStateEntered", "Each"), ("MapStateStarted", nil), ("MapRunStarted", nil), ("MapRunSucceeded", nil),
        ("MapStateSucceeded", nil), ("MapStateExited", "Each"), ("SucceedStateEntered", "Finish"),
        ("SucceedStateExited", "Finish"), ("ExecutionSucceeded", nil),
    ]))
    static let child = ExecutionHistory(source: "child", events: events([
        ("ExecutionStarted", nil), ("PassStateEntered", "Resize"), ("PassStateExited", "Resize"),
        ("SucceedStateEntered", "Done"), ("SucceedStateExited", "Done"), ("ExecutionSucceeded", nil),
    ]))

    /// The parent alone: 3 of 5 states, the processor's 2 unknown; 60%, not 100% of 3.
    @Test func childStatesCountAsUnknownWithoutTheirHistories() {
        let report = CoverageAnalysis.measure(Self.machine, histories: [Self.parent])
        #expect(report.total.states == CoverageRatio(covered: 3, unknown: 2, total: 5))
        #expect(report.total.edges == CoverageRatio(covered: 2, unknown: 1, total: 3))
        #expect(report.scopes[1].observable == false)
        #expect(CoverageThresholds(minStatePercent: 90).violations(in: report) == ["state coverage 60% is below the minimum of 90%"])
    }

    /// With the child's history the processor is observed: 5 of 5, 3 of 3 edges.
    @Test func childHistoriesCountForTheProcessor() {
        let report = CoverageAnalysis.measure(Self.machine, histories: [Self.parent, Self.child])
        #expect(report.executions.allSatisfy { $0.mismatches.isEmpty })
        #expect(report.scopes[1].observable)
        #expect(report.scopes[1].runs == 1)
        #expect(report.total.states == CoverageRatio(covered: 5, total: 5))
        #expect(report.total.edges == CoverageRatio(covered: 3, total: 3))
    }

    /// The Map failed before a Map Run started: no child ran, so its states are known not entered.
    @Test func aMapThatStartedNoMapRunLeavesNothingUnknown() {
        let failed = ExecutionHistory(source: "failed", events: Self.events([
            ("ExecutionStarted", nil), ("PassStateEntered", "Prepare"), ("PassStateExited", "Prepare"),
            ("MapStateEntered", "Each"), ("MapStateStarted", nil), ("MapStateFailed", nil), ("ExecutionFailed", nil),
        ]))
        let report = CoverageAnalysis.measure(Self.machine, histories: [failed])
        #expect(report.scopes[1].observable)
        #expect(report.total.states == CoverageRatio(covered: 2, total: 5))
        #expect(report.scopes[1].missedStates == ["Resize", "Done"])
    }

    /// An inline Map retried after an iteration ended in a Fail state: the history records no
    /// error, but the Fail state's `Error` names it, so the retrier that took it is known.
    @Test func aRetriedMapTakesTheErrorOfTheFailStateThatFailedIt() {
        let machine = PathFixtures.machine(#"""
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "Items": [1],
              "ItemProcessor": {"StartAt": "Broken", "States": {"Broken": {"Type": "Fail", "Error": "Item.Broken"}}},
              "Retry": [{"ErrorEquals": ["Other"]}, {"ErrorEquals": ["Item.Broken"], "MaxAttempts": 1}], "End": true}}}
            """#)
        let history = ExecutionHistory(source: "retried", events: [
            HistoryEvent(id: 1, previousEventID: 0, type: "ExecutionStarted"),
            HistoryEvent(id: 2, previousEventID: 1, type: "MapStateEntered", name: "Each"),
            HistoryEvent(id: 3, previousEventID: 2, type: "MapStateStarted"),
            HistoryEvent(id: 4, previousEventID: 3, type: "MapIterationStarted", name: "Each"),
            HistoryEvent(id: 5, previousEventID: 4, type: "FailStateEntered", name: "Broken"),
            HistoryEvent(id: 6, previousEventID: 5, type: "MapIterationFailed", name: "Each"),
            HistoryEvent(id: 7, previousEventID: 5, type: "MapStateStarted"),
            HistoryEvent(id: 8, previousEventID: 7, type: "MapIterationStarted", name: "Each"),
            HistoryEvent(id: 9, previousEventID: 8, type: "FailStateEntered", name: "Broken"),
            HistoryEvent(id: 10, previousEventID: 9, type: "MapIterationFailed", name: "Each"),
            HistoryEvent(id: 11, previousEventID: 9, type: "MapStateFailed"),
            HistoryEvent(id: 12, previousEventID: 11, type: "ExecutionFailed"),
        ])
        let report = CoverageAnalysis.measure(machine, histories: [history])
        #expect(report.scopes[0].figures.retriers == CoverageRatio(covered: 1, total: 2))
        #expect(report.scopes[0].missedRetriers == ["Each Retry 1 [Other]"])
        #expect(report.scopes[0].ambiguousRetriers == [])
    }
}
