import ASLAnalysis
import ASLModel
import Testing

@Suite struct TimeoutAndLimitTests {
    @Test func missingTimeoutIsUnboundedUnlessAssumed() throws {
        let json = TimingFixtures.singleTask(#""Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 1}]"#)
        let r = try TimingFixtures.report(json)
        #expect(r.worstSeconds == nil)
        #expect(r.maxTransitions == 2)
        #expect(r.unbounded.map(\.kind) == [.missingTimeout])
        #expect(r.states.first?.timeout == .missing)
        let assumed = try TimingFixtures.report(json, Assumptions(stateSeconds: ["Work": 30]))
        #expect(assumed.worstSeconds == 61)
        #expect(assumed.states.first?.timeout == .assumed(30))
    }

    @Test func dynamicTimeoutAndWaitAreUnbounded() throws {
        let r = try TimingFixtures.report(
            """
            {"StartAt": "Work", "States": {
              "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSecondsPath": "$.t", "Next": "Until"},
              "Until": {"Type": "Wait", "TimestampPath": "$.when", "End": true}}}
            """)
        #expect(r.worstSeconds == nil)
        #expect(r.unbounded.map(\.kind) == [.dynamicTimeout, .dynamicWait])
        #expect(r.states.first?.timeout == .dynamic("$.t"))
        #expect(r.bestSeconds == 0)
    }

    /// 2 attempts × 200 s + 1 s = 401 s: more than an Express execution may run.
    @Test func expressOverFiveMinutes() throws {
        let json = TimingFixtures.singleTask(
            #""TimeoutSeconds": 200, "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 1}]"#)
        let express = try TimingFixtures.report(json, Assumptions(machineType: .express))
        #expect(express.worstSeconds == 401)
        #expect(express.findings.map(\.ruleID) == ["express-over-5-minutes"])
        let standard = try TimingFixtures.report(json)
        #expect(standard.findings.isEmpty)
    }

    @Test func standardOverOneYear() throws {
        let r = try TimingFixtures.report(TimingFixtures.singleTask(#""TimeoutSeconds": 99999999"#))
        #expect(r.worstSeconds == 99_999_999)
        #expect(r.findings.map(\.ruleID) == ["standard-over-1-year"])
    }

    /// The machine's TimeoutSeconds (60 s) binds before the path (100 s), and bounds a path
    /// that is otherwise unbounded.
    @Test func topLevelTimeoutCaps() throws {
        let capped = try TimingFixtures.report(
            #"{"TimeoutSeconds": 60, "StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 100, "End": true}}}"#
        )
        #expect(capped.worstSeconds == 60)
        #expect(capped.pathWorstSeconds == 100)
        #expect(capped.binding == .machineTimeout)
        let notBinding = try TimingFixtures.report(
            #"{"TimeoutSeconds": 600, "StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 100, "End": true}}}"#
        )
        #expect(notBinding.worstSeconds == 100)
        #expect(notBinding.binding == .path)
        let open = try TimingFixtures.report(
            #"{"TimeoutSeconds": 60, "StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}"#
        )
        #expect(open.worstSeconds == 60)
        #expect(open.pathWorstSeconds == nil)
        #expect(open.unbounded.map(\.kind) == [.missingTimeout])
        #expect(open.findings.isEmpty)
    }
}
