@testable import ASLAnalysis
import BigInt
import Testing

@Suite struct PathCountingTests {
    @Test func diamondHasOnePathPerRuleAndDefault() {
        let scope = PathFixtures.paths(PathFixtures.diamond).scopes[0]
        #expect(scope.pathCount == 3)
        #expect(scope.loops.isEmpty)
    }

    @Test func seventyDiamondsGiveTwoToTheSeventy() {
        let scope = PathFixtures.paths(PathFixtures.diamonds(70)).scopes[0]
        #expect(scope.pathCount == BigInt(2).power(70))
        #expect(scope.pathCount.description == "1180591620717411303424")
        #expect(!scope.hasReachableLoops)
    }

    /// `A B C`, `A B A B C`, `A B A B A B C`: K loops around `A → B → A`.
    @Test(arguments: [(0, 1), (1, 2), (2, 3), (5, 6)])
    func simpleLoopTakenAtMostKTimes(k: Int, expected: Int) {
        let scope = PathFixtures.paths(PathFixtures.simpleLoop, PathOptions(loopUnroll: k)).scopes[0]
        #expect(scope.pathCount == BigInt(expected))
        #expect(scope.loops == [LoopInfo(states: ["A", "B"], isReachable: true, isTrap: false)])
    }

    /// Two loops in sequence, each taken 0 or 1 times: 2 × 2 paths. A self-loop counts as a loop.
    @Test func loopsInSequenceMultiply() {
        let json = """
            {"StartAt": "P", "States": {
              "P": {"Type": "Choice", "Choices": [{"Variable": "$.wait", "BooleanEquals": true, "Next": "P"}], "Default": "Q"},
              "Q": {"Type": "Pass", "Next": "R"},
              "R": {"Type": "Choice", "Choices": [{"Variable": "$.again", "BooleanEquals": true, "Next": "Q"}], "Default": "Done"},
              "Done": {"Type": "Succeed"}}}
            """
        let scope = PathFixtures.paths(json).scopes[0]
        #expect(scope.pathCount == 4)
        #expect(scope.loops.map(\.states) == [["P"], ["Q", "R"]])
        #expect(PathFixtures.paths(json, PathOptions(loopUnroll: 2)).scopes[0].pathCount == 9)
    }

    /// One component with two back edges (`C → B`, `C → A`): K bounds their traversals in total.
    /// K = 1: `ABCD`, `ABC·BCD`, `ABC·ABCD`. K = 2 adds the four orders of two loops: 7.
    @Test func backEdgesOfOneLoopCountTogether() {
        let json = """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Next": "B"},
              "B": {"Type": "Pass", "Next": "C"},
              "C": {"Type": "Choice", "Choices": [
                {"Variable": "$.inner", "BooleanEquals": true, "Next": "B"},
                {"Variable": "$.outer", "BooleanEquals": true, "Next": "A"}], "Default": "D"},
              "D": {"Type": "Succeed"}}}
            """
        #expect(PathFixtures.paths(json).scopes[0].pathCount == 3)
        #expect(PathFixtures.paths(json, PathOptions(loopUnroll: 2)).scopes[0].pathCount == 7)
        #expect(PathFixtures.paths(json).scopes[0].loops.map(\.states) == [["A", "B", "C"]])
    }

    /// A state that ends the scope and also has a Catch: the path may stop there or go on.
    @Test func terminalStateWithCatchCountsBothWays() {
        let json = """
            {"StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Oops"}]},
              "Oops": {"Type": "Fail"}}}
            """
        #expect(PathFixtures.paths(json).scopes[0].pathCount == 2)
    }

    @Test func trapLoopAndUnreachableState() {
        let json = """
            {"StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Done"}], "Default": "Spin"},
              "Spin": {"Type": "Wait", "Seconds": 5, "Next": "Spin2"},
              "Spin2": {"Type": "Pass", "Next": "Spin"},
              "Orphan": {"Type": "Pass", "Next": "Done"},
              "Done": {"Type": "Succeed"}}}
            """
        let scope = PathFixtures.paths(json).scopes[0]
        #expect(scope.pathCount == 1)
        #expect(scope.loops == [LoopInfo(states: ["Spin", "Spin2"], isReachable: true, isTrap: true)])
        #expect(scope.unreachableStates == ["Orphan"])
        #expect(scope.uncoverableEdges == ["Check → Spin (default)", "Spin → Spin2 (next)", "Spin2 → Spin (next)"])
        #expect(scope.testPaths.map(\.states) == [["Check", "Done"]])
    }
}
