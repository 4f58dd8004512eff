@testable import ASLAnalysis
import ASLLoad
import ASLModel
import Foundation
import TestSupport
import Testing

/// The README sample: one run that retries `Validate Order` once (Lambda.ServiceException),
/// takes the Choice's Default to `Ship Standard`, and sends two e-mails in the Map.
@Suite struct CoverageTests {
    static func sample() throws -> CoverageReport {
        let definition = try String(contentsOf: SharedData.projectFile("Samples/coverage/order-coverage.asl.json"), encoding: .utf8)
        let machine = PathFixtures.machine(definition)
        let histories = try ExecutionHistory.load(paths: [SharedData.projectFile("Samples/coverage/order-coverage.history.json").path])
        return CoverageAnalysis.measure(machine, histories: histories)
    }

    @Test func sampleFiguresByHand() throws {
        let report = try Self.sample()
        #expect(report.executions.map(\.status) == ["SUCCEEDED"])
        #expect(report.executions[0].mismatches == [])
        let root = report.scopes[0]
        #expect(root.figures.states == CoverageRatio(covered: 4, total: 7))
        #expect(root.figures.edges == CoverageRatio(covered: 3, total: 9))
        #expect(root.figures.choiceBranches == CoverageRatio(covered: 1, total: 3))
        #expect(root.figures.catches == CoverageRatio(covered: 0, total: 2))
        #expect(root.figures.retriers == CoverageRatio(covered: 1, total: 1))
        #expect(root.missedStates == ["Manual Review", "Ship Express", "Reject Order"])
        #expect(root.missedChoiceBranches == ["Check Amount → Manual Review (rule 1)", "Check Amount → Ship Express (rule 2)"])
        #expect(root.missedCatches == ["Validate Order → Reject Order (catch 1)", "Manual Review → Reject Order (catch 1)"])
        #expect(root.missedNextEdges == ["Manual Review → Ship Standard (next)", "Ship Express → Notify Customers (next)"])
        let iteration = report.scopes[1]
        #expect(iteration.name == "iteration of Notify Customers")
        #expect(iteration.entries.map(\.count) == [2])
        #expect(report.scopes.map(\.runs) == [1, 2])
        #expect(iteration.missedRetriers == ["Send Email Retry 1 [SesV2.TooManyRequestsException]"])
        #expect(report.total.states == CoverageRatio(covered: 5, total: 8))
        #expect(report.total.retriers == CoverageRatio(covered: 1, total: 2))
        #expect(report.total.edges.percent == Double(3) * 100 / 9)
    }

    @Test func thresholdsFailBelowTheirPercentage() throws {
        let report = try Self.sample()
        #expect(CoverageThresholds(minEdgePercent: 80).violations(in: report) == ["edge coverage 33.3% is below the minimum of 80%"])
        #expect(CoverageThresholds(minStatePercent: 60, minEdgePercent: 30).violations(in: report) == [])
        #expect(CoverageThresholds(minStatePercent: 70).violations(in: report) == ["state coverage 62.5% is below the minimum of 70%"])
    }

    @Test func historyOfAnOlderVersionIsReported() {
        let machine = PathFixtures.machine(PathFixtures.simpleLoop)
        let events = [
            HistoryEvent(id: 1, previousEventID: 0, type: "ExecutionStarted"),
            HistoryEvent(id: 2, previousEventID: 0, type: "PassStateEntered", name: "A"),
            HistoryEvent(id: 3, previousEventID: 2, type: "TaskStateEntered", name: "Legacy"),
            HistoryEvent(id: 4, previousEventID: 3, type: "PassStateEntered", name: "C"),
        ]
        let report = CoverageAnalysis.measure(machine, histories: [ExecutionHistory(source: "old.json", events: events)])
        #expect(report.executions[0].mismatches == [
            "state \"Legacy\" (event 3) does not exist in the machine of the definition",
            "state \"C\" (event 4) ran as a Pass state but is a Succeed state in the definition",
            "\"A\" → \"Legacy\" (Next) is not a transition of the definition",
            "\"Legacy\" → \"C\" (Next) is not a transition of the definition",
        ])
        #expect(report.hasMismatches)
    }

    /// Two Choice rules with the same target: the history cannot say which matched.
    @Test func sameTargetRulesAreAmbiguous() {
        let machine = PathFixtures.machine("""
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Choices": [
                {"Variable": "$.a", "BooleanEquals": true, "Next": "X"},
                {"Variable": "$.b", "BooleanEquals": true, "Next": "X"}], "Default": "Y"},
              "X": {"Type": "Succeed"}, "Y": {"Type": "Succeed"}}}
            """)
        let events = [
            HistoryEvent(id: 1, previousEventID: 0, type: "ExecutionStarted"),
            HistoryEvent(id: 2, previousEventID: 0, type: "ChoiceStateEntered", name: "C"),
            HistoryEvent(id: 3, previousEventID: 2, type: "ChoiceStateExited", name: "C"),
            HistoryEvent(id: 4, previousEventID: 3, type: "SucceedStateEntered", name: "X"),
            HistoryEvent(id: 5, previousEventID: 4, type: "ExecutionSucceeded"),
        ]
        let scope = CoverageAnalysis.measure(machine, histories: [ExecutionHistory(source: "h", events: events)]).scopes[0]
        #expect(scope.figures.choiceBranches == CoverageRatio(covered: 0, ambiguous: 2, total: 3))
        #expect(scope.ambiguousEdges == ["C → X (rule 1)", "C → X (rule 2)"])
        #expect(scope.missedChoiceBranches == ["C → Y (default)"])
    }

    @Test func laterPagesAreMergedIntoTheirExecution() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try #"{"events": [{"id": 1, "previousEventId": 0, "type": "ExecutionStarted"}, {"id": 2, "previousEventId": 0, "type": "PassStateEntered", "stateEnteredEventDetails": {"name": "A", "input": "{}"}}]}"#
            .write(to: directory.appendingPathComponent("1.json"), atomically: true, encoding: .utf8)
        try #"{"events": [{"id": 3, "previousEventId": 2, "type": "ChoiceStateEntered", "stateEnteredEventDetails": {"name": "B"}}]}"#
            .write(to: directory.appendingPathComponent("2.json"), atomically: true, encoding: .utf8)
        let histories = try ExecutionHistory.load(paths: [directory.path])
        #expect(histories.count == 1)
        #expect(histories[0].events.map(\.id) == [1, 2, 3])
        #expect(histories[0].status == "RUNNING")
        let report = CoverageAnalysis.measure(PathFixtures.machine(PathFixtures.simpleLoop), histories: histories)
        #expect(report.scopes[0].edges.map(\.status) == [.taken, .notTaken, .notTaken])
    }

    @Test func unreadableFilesSayWhy() {
        #expect(throws: HistoryError.unreadable(source: "x", reason: "not an execution history (no \"events\" array)")) {
            try ExecutionHistory.decodeEvents(Data(#"{"definition": {}}"#.utf8), source: "x")
        }
    }

    /// Two Parallel branches whose events interleave, as real multi-branch histories do: each
    /// event follows its own branch through `previousEventId`.
    @Test func interleavedParallelBranchesAreSeparated() {
        let machine = PathFixtures.machine("""
            {"StartAt": "P", "States": {
              "P": {"Type": "Parallel", "Next": "Done", "Branches": [
                {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "End": true}}},
                {"StartAt": "B2a", "States": {"B2a": {"Type": "Pass", "Next": "B2b"}, "B2b": {"Type": "Pass", "End": true}}}]},
              "Done": {"Type": "Succeed"}}}
            """)
        let events = [
            HistoryEvent(id: 1, previousEventID: 0, type: "ExecutionStarted"),
            HistoryEvent(id: 2, previousEventID: 0, type: "ParallelStateEntered", name: "P"),
            HistoryEvent(id: 3, previousEventID: 2, type: "ParallelStateStarted"),
            HistoryEvent(id: 4, previousEventID: 3, type: "PassStateEntered", name: "B1"),
            HistoryEvent(id: 5, previousEventID: 3, type: "PassStateEntered", name: "B2a"),
            HistoryEvent(id: 6, previousEventID: 4, type: "PassStateExited", name: "B1"),
            HistoryEvent(id: 7, previousEventID: 5, type: "PassStateExited", name: "B2a"),
            HistoryEvent(id: 8, previousEventID: 7, type: "PassStateEntered", name: "B2b"),
            HistoryEvent(id: 9, previousEventID: 8, type: "PassStateExited", name: "B2b"),
            HistoryEvent(id: 10, previousEventID: 9, type: "ParallelStateSucceeded"),
            HistoryEvent(id: 11, previousEventID: 10, type: "ParallelStateExited", name: "P"),
            HistoryEvent(id: 12, previousEventID: 11, type: "SucceedStateEntered", name: "Done"),
            HistoryEvent(id: 13, previousEventID: 12, type: "ExecutionSucceeded"),
        ]
        let report = CoverageAnalysis.measure(machine, histories: [ExecutionHistory(source: "h", events: events)])
        #expect(report.executions[0].mismatches == [])
        #expect(report.scopes.map(\.runs) == [1, 1, 1])
        #expect(report.scopes.map(\.figures.edges) == [CoverageRatio(covered: 1, total: 1), CoverageRatio(), CoverageRatio(covered: 1, total: 1)])
        #expect(report.total.states == CoverageRatio(covered: 5, total: 5))
    }

    /// A retried error fires the first retrier that takes it, as the service picks them.
    @Test func retriedErrorFiresTheFirstMatchingRetrier() {
        let machine = PathFixtures.machine("""
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
              "Retry": [{"ErrorEquals": ["States.Timeout"]}, {"ErrorEquals": ["States.ALL"]}]}}}
            """)
        let events = [
            HistoryEvent(id: 1, previousEventID: 0, type: "ExecutionStarted"),
            HistoryEvent(id: 2, previousEventID: 0, type: "TaskStateEntered", name: "T"),
            HistoryEvent(id: 3, previousEventID: 2, type: "TaskScheduled"),
            HistoryEvent(id: 4, previousEventID: 3, type: "TaskFailed", error: "Boom"),
            HistoryEvent(id: 5, previousEventID: 4, type: "TaskScheduled"),
            HistoryEvent(id: 6, previousEventID: 5, type: "TaskSucceeded"),
            HistoryEvent(id: 7, previousEventID: 6, type: "TaskStateExited", name: "T"),
        ]
        let history = ExecutionHistory(source: "h", events: events)
        let scope = CoverageAnalysis.measure(machine, histories: [history]).scopes[0]
        #expect(scope.figures.retriers == CoverageRatio(covered: 1, total: 2))
        #expect(scope.missedRetriers == ["T Retry 1 [States.Timeout]"])
        #expect(HistoryReplay.replay(history, on: MachineGraph(machine: machine)).retries() == [ScopedState(scope: 0, state: "T"): 1])
    }
}
