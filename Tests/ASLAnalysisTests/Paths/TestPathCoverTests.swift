@testable import ASLAnalysis
import Testing
import TestSupport

@Suite struct TestPathCoverTests {
    @Test func diamondNeedsOnePathPerBranchWithReadableConditions() {
        let paths = PathFixtures.paths(PathFixtures.diamond).scopes[0].testPaths
        #expect(paths.map(\.states) == [["C", "X", "E"], ["C", "Y", "E"], ["C", "Z", "E"]])
        #expect(paths.map { $0.steps[0].requirement } == [
            "rule 1 matches: $.amount > 100",
            "rule 2 matches: $.kind == \"gift\" and (not $.note is present) (rule 1 does not)",
            "no rule matches (Default)",
        ])
        #expect(paths.allSatisfy { $0.ending == .succeeds })
    }

    /// A limit describes the first paths of the cover and still counts them all.
    @Test func limitDescribesTheFirstPathsAndCountsAll() {
        let all = PathFixtures.paths(PathFixtures.diamond).scopes[0]
        let limited = PathFixtures.paths(PathFixtures.diamond, PathOptions(testPathLimit: 2)).scopes[0]
        #expect(all.testPathCount == 3)
        #expect(limited.testPathCount == 3)
        #expect(limited.testPaths == Array(all.testPaths.prefix(2)))
        let none = PathFixtures.paths(PathFixtures.diamond, PathOptions(includeTestPaths: false)).scopes[0]
        #expect(none.testPaths.isEmpty && none.testPathCount == 0)
        #expect(none.pathCount == all.pathCount)
    }

    /// The DAG phase takes `A B C`; the back edge `B → A` then needs `A B A B C`.
    @Test func loopBackEdgeGetsShortestPathThroughIt() {
        let paths = PathFixtures.paths(PathFixtures.simpleLoop).scopes[0].testPaths
        #expect(paths.map(\.states) == [["A", "B", "C"], ["A", "B", "A", "B", "C"]])
    }

    @Test func catchStepsSayWhichErrorAfterRetries() {
        let json = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Done",
                "Retry": [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": 2}],
                "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "Late"},
                          {"ErrorEquals": ["Card.Declined", "Card.Expired"], "Next": "Declined"}]},
              "Late": {"Type": "Fail", "Error": "Late"},
              "Declined": {"Type": "Fail", "Error": "Declined"},
              "Done": {"Type": "Succeed"}}}
            """
        let paths = PathFixtures.paths(json).scopes[0].testPaths
        #expect(paths.map(\.states) == [["Charge", "Done"], ["Charge", "Late"], ["Charge", "Declined"]])
        #expect(paths.map { $0.steps[0].requirement } == [
            "succeeds",
            "fails with States.Timeout after its retries are exhausted (Catch 1)",
            "fails with one of Card.Declined, Card.Expired (Catch 2)",
        ])
        #expect(paths.map(\.ending) == [.succeeds, .fails, .fails])
    }

    /// Every edge is on some path and no path is wasted on the 70-diamond chain: the first path
    /// takes every rule, the second every Default.
    @Test func longDiamondChainNeedsTwoPaths() {
        let scope = PathFixtures.paths(PathFixtures.diamonds(70)).scopes[0]
        #expect(scope.testPaths.count == 2)
        #expect(scope.testPaths.map { $0.steps.count } == [209, 209])
    }

    @Test func singleStateMachineHasOneEmptyPath() {
        let scope = PathFixtures.paths(#"{"StartAt": "Only", "States": {"Only": {"Type": "Succeed"}}}"#).scopes[0]
        #expect(scope.pathCount == 1)
        #expect(scope.testPaths.map(\.states) == [["Only"]])
    }

    @Test func nestedScopesGetTheirOwnPathsLinkedToTheirParent() {
        let json = """
            {"StartAt": "Fan", "States": {
              "Fan": {"Type": "Parallel", "Next": "Each", "Branches": [
                {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "End": true}}},
                {"StartAt": "Pick", "States": {
                  "Pick": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsNull": false, "Next": "B2"}], "Default": "B3"},
                  "B2": {"Type": "Pass", "End": true}, "B3": {"Type": "Fail"}}}]},
              "Each": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "Work", "States": {
                "Work": {"Type": "Pass", "End": true}}}}}}
            """
        let scopes = PathFixtures.paths(json).scopes
        #expect(scopes.map(\.name) == ["machine", "branch 1 of Fan", "branch 2 of Fan", "iteration of Each"])
        #expect(scopes.map(\.parentState) == [nil, "Fan", "Fan", "Each"])
        #expect(scopes.map(\.pathCount) == [1, 1, 2, 1])
        #expect(scopes[2].testPaths.map(\.states) == [["Pick", "B2"], ["Pick", "B3"]])
        #expect(scopes[2].testPaths[0].steps[0].requirement == "rule 1 matches: $.x is not null")
        #expect(scopes[2].testPaths.map(\.ending) == [.succeeds, .fails])
    }

    /// Past the greedy phase's limit (256 paths) the shortest-path phase takes over and still
    /// gives one path per rule, each of two states.
    @Test func wideFanOutIsCoveredPastTheGreedyLimit() {
        let rules = (0..<300).map { #"{"Variable": "$.k", "NumericEquals": \#($0), "Next": "S\#($0)"}"# }
        let states = (0..<300).map { #""S\#($0)": {"Type": "Pass", "End": true}"# }
        let json = #"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [\#(rules.joined(separator: ","))], "Default": "S0"}, \#(states.joined(separator: ","))}}"#
        let scope = PathFixtures.paths(json).scopes[0]
        #expect(scope.pathCount == 301)
        #expect(scope.testPaths.count == 301)
        #expect(scope.testPaths.allSatisfy { $0.steps.count == 1 })
        #expect(Set(scope.testPaths.map { $0.steps[0].requirement }).count == 301)
    }

    /// On the README sample every edge is on some test path, and five paths is the minimum:
    /// Check Amount has three ways out and Manual Review two, plus Validate Order's Catch.
    @Test func sampleMachineCoverTakesEveryEdge() throws {
        let definition = try String(contentsOf: SharedData.projectFile("Samples/coverage/order-coverage.asl.json"), encoding: .utf8)
        let machine = PathFixtures.machine(definition)
        let scope = PathAnalysis.analyze(machine).scopes[0]
        let taken = Set(scope.testPaths.flatMap { $0.steps.map { "\($0.from)|\($0.to)|\(EdgeText.label($0.kind))" } })
        let graph = MachineGraph(machine: machine).root
        let all = Set(graph.edges.map { "\(graph.scope.states[$0.from].name)|\(graph.scope.states[$0.to].name)|\(EdgeText.label($0.kind))" })
        #expect(taken == all)
        #expect(scope.testPaths.count == 5)
    }

    /// n Tasks in a chain, each catching to one Fail: n + 1 states, 2n edges. 256 greedy paths,
    /// then a route through each remaining Catch edge, whose prefixes are the chain itself: the
    /// marking must walk each edge at most once (at most V + E), not the n²/2 of the routes'
    /// lengths; spelled out, path k ≥ 1 is S0 … S(k−1) and its Catch: k steps.
    @Test func catchesOffALongChainCostLinearWork() {
        func chain(_ n: Int) -> ScopeGraph {
            let states = (0..<n).map { i in
                #""S\#(i)": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Fail"}], \#(i + 1 < n ? "\"Next\": \"S\(i + 1)\"" : "\"End\": true")}"#
            }
            let json = #"{"StartAt": "S0", "States": {"# + states.joined(separator: ", ") + #", "Fail": {"Type": "Fail"}}}"#
            return MachineGraph(machine: PathFixtures.machine(json)).scopes[0]
        }
        var work: [Int] = []
        for n in [1_000, 2_000, 4_000] {
            let graph = chain(n)
            let cover = TestPathCover(graph: graph, order: DepthFirstOrder(graph: graph))
            let (paths, walked) = cover.pathsCountingWork()
            #expect(paths.count == n)
            #expect(walked <= graph.count + graph.edges.count)
            #expect(cover.edges(of: paths[999]).count == 999)
            #expect(cover.edges(of: paths[n - 1]).count == n - 1)
            work.append(walked)
        }
        #expect(work[1] <= 2 * work[0] + 2 && work[2] <= 2 * work[1] + 2, "\(work)")
    }
}
