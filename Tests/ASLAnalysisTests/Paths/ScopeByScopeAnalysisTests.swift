@testable import ASLAnalysis
import ASLModel
import BigInt
import Testing

/// The analyses that build one scope's graph at a time and free what a scope's parent has
/// read (issue 12) give what the whole-machine graphs gave.
@Suite struct ScopeByScopeAnalysisTests {
    /// A Parallel whose slower branch runs a Map of a Task that catches into a Pass, beside a
    /// Task that retries; the nested scopes' results are freed once the Parallel has read them.
    static let nested = """
        {"StartAt": "Fan", "States": {
          "Fan": {"Type": "Parallel", "Next": "After", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Recover"}], "Branches": [
            {"StartAt": "Quick", "States": {"Quick": {"Type": "Pass", "End": true}}},
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "MaxConcurrency": 2, "End": true,
              "ItemProcessor": {"StartAt": "Work", "States": {
                "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 30,
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Skip"}], "End": true},
                "Skip": {"Type": "Pass", "End": true}}}}}}]},
          "After": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 10,
            "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2, "IntervalSeconds": 1}], "End": true},
          "Recover": {"Type": "Pass", "End": true}}}
        """

    @Test func timingOfNestedScopesMatchesTheWholeMachineGraph() throws {
        let machine = try TimingFixtures.machine(Self.nested)
        var assumptions = Assumptions()
        assumptions.mapItems = ["Each": 4]
        let report = TimingAnalyzer.analyze(machine, assumptions: assumptions)
        #expect(report == TimingAnalyzer.analyze(MachineGraph(machine: machine), assumptions: assumptions))
        // 2 batches of iterations × 30 s, then After: 3 attempts × 10 s + 1 s + 2 s back-off.
        #expect(report.worstSeconds == 93)
        #expect(TimingFixtures.names(report.worstPath) == ["Fan", "After"])
        let each = try #require(report.worstPath.first?.inner.first)
        #expect(each.state == "Each")
        #expect(TimingFixtures.names(each.inner) == ["Work!>Skip", "Skip"])
        #expect(report.states.map { "\($0.scopePointer)#\($0.state)" } == [
            "#Fan", "#After", "#Recover", "/States/Fan/Branches/0#Quick", "/States/Fan/Branches/1#Each",
            "/States/Fan/Branches/1/States/Each/ItemProcessor#Work", "/States/Fan/Branches/1/States/Each/ItemProcessor#Skip",
        ])
        // Rows keep their scope's name as one shared object and their type as its enum.
        #expect(report.states.map(\.scope) == [
            "machine", "machine", "machine", "branch 1 of Fan", "branch 2 of Fan", "iteration of Each", "iteration of Each",
        ])
        #expect(report.states.map(\.type) == ["Parallel", "Task", "Pass", "Pass", "Map", "Task", "Pass"])
        #expect(report.states[1].maxAttempts == 3 && report.states[1].retryWaitSeconds == 3 && report.states[1].worstSeconds == 33)
    }

    /// `A → B → A` with both A and B also leaving to C: C is read from every layer of the
    /// unrolled loop, and freed only after its last reader.
    @Test(arguments: [(0, 2), (1, 4), (2, 6)])
    func countReadFromEveryLayerOfALoop(k: Int, expected: Int) {
        let json = """
            {"StartAt": "A", "States": {
              "A": {"Type": "Choice", "Choices": [{"Variable": "$.done", "BooleanEquals": true, "Next": "C"}], "Default": "B"},
              "B": {"Type": "Choice", "Choices": [{"Variable": "$.done", "BooleanEquals": true, "Next": "C"}], "Default": "A"},
              "C": {"Type": "Succeed"}}}
            """
        #expect(PathFixtures.paths(json, PathOptions(loopUnroll: k)).scopes[0].pathCount == BigInt(expected))
    }

    @Test func pathsScopeByScopeMatchTheWholeReport() throws {
        let machine = try TimingFixtures.machine(Self.nested)
        var scopes: [ScopePaths] = []
        PathAnalysis.forEachScope(of: machine) { scopes.append($0) }
        let whole = PathAnalysis.analyze(MachineGraph(machine: machine))
        #expect(scopes.map(\.pointer) == whole.scopes.map(\.pointer))
        #expect(scopes.map(\.pathCount) == whole.scopes.map(\.pathCount))
        #expect(scopes.map(\.testPaths) == whole.scopes.map(\.testPaths))
        #expect(PathAnalysis.analyzeMachineScope(machine).testPaths == whole.scopes[0].testPaths)
    }
}
