import ASLAnalysis
import ASLModel
import Testing

@Suite struct WorstCaseDurationTests {
    private let lambda = "\"Resource\": \"arn:aws:states:::lambda:invoke\""

    /// Timeout 10 s, Retry IntervalSeconds 3 / MaxAttempts 2 / BackoffRate 2:
    /// 3 attempts × 10 s + waits 3 s + 6 s = 39 s, 3 transitions.
    @Test func taskWithRetries() throws {
        let r = try TimingFixtures.report(
            TimingFixtures.singleTask(
                #""TimeoutSeconds": 10, "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 3, "MaxAttempts": 2}]"#))
        #expect(r.worstSeconds == 39)
        #expect(r.maxTransitions == 3)
        #expect(r.minTransitions == 1)
        #expect(r.bestSeconds == 0)
        #expect(r.maxAttempts == 3)
        #expect(r.maxAttemptsState == "Work")
        #expect(r.worstPath.first?.attempts == 3)
        #expect(r.worstPath.first?.retryWaitSeconds == 9)
    }

    /// Branch 1 takes 5 s, branch 2 10 s + a 20 s Wait; the Parallel retries once (2 s):
    /// 2 × max(5, 30) + 2 = 62 s; transitions 2 × (1 + 1 + 2) = 8.
    @Test func parallelTakesTheSlowestBranchPerAttempt() throws {
        let r = try TimingFixtures.report(
            """
            {"StartAt": "Fan", "States": {"Fan": {"Type": "Parallel", "End": true,
              "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 2, "MaxAttempts": 1}],
              "Branches": [
                {"StartAt": "Quick", "States": {"Quick": {"Type": "Task", \(lambda), "TimeoutSeconds": 5, "End": true}}},
                {"StartAt": "Slow", "States": {"Slow": {"Type": "Task", \(lambda), "TimeoutSeconds": 10, "Next": "Pause"},
                                               "Pause": {"Type": "Wait", "Seconds": 20, "End": true}}}]}}}
            """)
        #expect(r.worstSeconds == 62)
        #expect(r.maxTransitions == 8)
        #expect(r.bestSeconds == 20)
        #expect(r.minTransitions == 4)
        let fan = try #require(r.worstPath.first)
        #expect(fan.secondsPerAttempt == 30)
        #expect(fan.innerLabel == "branch 2 (slowest)")
        #expect(TimingFixtures.names(fan.inner) == ["Slow", "Pause"])
    }

    /// 10 items (assumed), MaxConcurrency 3 → 4 batches × 7 s = 28 s; 1 + 10 transitions.
    @Test func mapBatchesByConcurrency() throws {
        let json = """
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "MaxConcurrency": 3, "End": true,
              "ItemProcessor": {"StartAt": "Item", "States": {"Item": {"Type": "Task", \(lambda), "TimeoutSeconds": 7, "End": true}}}}}}
            """
        let unknown = try TimingFixtures.report(json)
        #expect(unknown.worstSeconds == nil)
        #expect(unknown.maxTransitions == nil)
        #expect(unknown.unbounded.map(\.kind) == [.unknownItemCount])
        #expect(unknown.minTransitions == 1)
        let r = try TimingFixtures.report(json, Assumptions(mapItems: ["Each": 10]))
        #expect(r.worstSeconds == 28)
        #expect(r.maxTransitions == 11)
        #expect(r.minTransitions == 11)
        #expect(r.worstPath.first?.batches == 4)
        #expect(r.unbounded.isEmpty)
    }

    /// MaxConcurrency 0 is "no limit", but an inline Map runs at most 40 iterations at once:
    /// 100 items → 3 batches × 7 s. ItemReader's MaxItems is an upper bound only (best 0 items).
    @Test func mapWithoutConcurrencyLimitAndReaderMaxItems() throws {
        let r = try TimingFixtures.report(
            """
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "MaxConcurrency": 0, "End": true,
              "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"MaxItems": 100}},
              "ItemProcessor": {"StartAt": "Item", "States": {"Item": {"Type": "Task", \(lambda), "TimeoutSeconds": 7, "End": true}}}}}}
            """)
        #expect(r.worstSeconds == 21)
        #expect(r.maxTransitions == 101)
        #expect(r.minTransitions == 1)
    }

    /// Happy path Charge → Done takes at most 33 s; failing Charge (3 attempts × 10 s + 1 s + 2 s)
    /// and then Refund (100 s) takes 133 s, which is the worst case.
    @Test func catchPathLongerThanHappyPath() throws {
        let r = try TimingFixtures.report(
            """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", \(lambda), "TimeoutSeconds": 10, "Next": "Done",
                "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Refund"}]},
              "Refund": {"Type": "Task", \(lambda), "TimeoutSeconds": 100, "Next": "Failed"},
              "Failed": {"Type": "Fail", "Error": "ChargeFailed"},
              "Done": {"Type": "Succeed"}}}
            """)
        #expect(r.worstSeconds == 133)
        #expect(TimingFixtures.names(r.worstPath) == ["Charge!>Refund", "Refund", "Failed"])
        #expect(r.worstPath.map(\.seconds) == [33, 100, 0])
        #expect(TimingFixtures.names(r.bestPath) == ["Charge", "Done"])
        #expect(r.bestSeconds == 0)
        #expect(r.minTransitions == 2)
        #expect(r.maxTransitions == 5)
    }

    /// Poll (5 s) → Check → Pause (10 s) → Poll is a loop: unbounded without a bound; with
    /// "Poll: 3" each of its three states counts three times: 3 × 15 s, 3 × 3 + 1 transitions.
    @Test func loopWithAndWithoutBound() throws {
        let json = """
            {"StartAt": "Poll", "States": {
              "Poll": {"Type": "Task", \(lambda), "TimeoutSeconds": 5, "Next": "Check"},
              "Check": {"Type": "Choice", "Choices": [{"Variable": "$.done", "BooleanEquals": true, "Next": "Done"}], "Default": "Pause"},
              "Pause": {"Type": "Wait", "Seconds": 10, "Next": "Poll"},
              "Done": {"Type": "Succeed"}}}
            """
        let open = try TimingFixtures.report(json)
        #expect(open.worstSeconds == nil)
        #expect(open.maxTransitions == nil)
        #expect(open.unbounded.map(\.kind) == [.unboundedLoop])
        #expect(open.unbounded.first?.state == "Poll")
        #expect(open.findings.map(\.ruleID) == ["duration-unbounded"])
        #expect(open.bestSeconds == 0)
        #expect(open.minTransitions == 3)
        let bounded = try TimingFixtures.report(json, Assumptions(loopBounds: ["Pause": 3]))
        #expect(bounded.worstSeconds == 45)
        #expect(bounded.maxTransitions == 10)
        #expect(TimingFixtures.names(bounded.worstPath) == ["{Poll,Check,Pause}×3", "Done"])
    }
}
