import ASLAnalysis
import ASLModel
import Testing

@Suite struct RetryMathTests {
    private func retriers(_ retry: String) throws -> [Retrier] {
        let machine = try TimingFixtures.machine(TimingFixtures.singleTask("\"TimeoutSeconds\": 10, \"Retry\": \(retry)"))
        return try TimingFixtures.state("Work", in: machine).retriers
    }

    /// Specification, "Retrying after error": IntervalSeconds 3, MaxAttempts 2, BackoffRate 2
    /// waits 3 s then 6 s; with MaxDelaySeconds 4, 3 s then 4 s.
    @Test func specificationExamples() throws {
        let plain = try retriers(#"[{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 3, "MaxAttempts": 2, "BackoffRate": 2}]"#)
        #expect(RetryMath.waits(of: plain[0]) == [3, 6])
        #expect(RetryMath.totalWait(of: plain[0]) == 9)
        let capped = try retriers(
            #"[{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 3, "MaxAttempts": 2, "BackoffRate": 2, "MaxDelaySeconds": 4}]"#)
        #expect(RetryMath.waits(of: capped[0]) == [3, 4])
        #expect(RetryMath.maxAttempts(capped) == 3)
    }

    /// AWS guide: BackoffRate 1.5 from 3 s waits 3 s then 4.5 s.
    @Test func fractionalBackoff() throws {
        let r = try retriers(#"[{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 3, "MaxAttempts": 2, "BackoffRate": 1.5}]"#)
        #expect(RetryMath.waits(of: r[0]) == [3, 4.5])
    }

    /// Specification, "Complex retry scenarios": errors ErrorA, ErrorB, ErrorC, ErrorB wait
    /// 1 s, 2 s, 5 s, then the first Retrier is used up and the Catch takes over.
    @Test func complexRetryScenario() throws {
        let r = try retriers(
            #"[{"ErrorEquals": ["ErrorA", "ErrorB"], "IntervalSeconds": 1, "BackoffRate": 2.0, "MaxAttempts": 2}, {"ErrorEquals": ["ErrorC"], "IntervalSeconds": 5}]"#
        )
        #expect(
            RetrySimulation.run(r, errors: ["ErrorA", "ErrorB", "ErrorC", "ErrorB"]) == [
                .retried(afterSeconds: 1, retrier: 0), .retried(afterSeconds: 2, retrier: 0),
                .retried(afterSeconds: 5, retrier: 1), .exhausted(retrier: 0),
            ])
        // Worst case of that state: 1 + 2 + 3 (ErrorC's default MaxAttempts) attempts,
        // waits 1 + 2 and 5 + 10 + 20.
        #expect(RetryMath.maxAttempts(r) == 6)
        #expect(RetryMath.maxTotalWait(r) == 38)
        #expect(RetrySimulation.run(r, errors: ["Other"]) == [.notRetried])
    }

    /// Defaults: IntervalSeconds 1, MaxAttempts 3, BackoffRate 2 → 1 + 2 + 4 s.
    @Test func defaults() throws {
        let r = try retriers(#"[{"ErrorEquals": ["States.ALL"]}]"#)
        #expect(RetryMath.maxAttempts(r) == 4)
        #expect(RetryMath.maxTotalWait(r) == 7)
    }

    /// Retriers that can never fire add nothing: shadowed by `States.ALL` or
    /// `States.TaskFailed`, naming only non-retriable errors, or MaxAttempts 0.
    @Test func retriersThatCannotFire() throws {
        let shadowed = try retriers(
            #"[{"ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 1}, {"ErrorEquals": ["Custom"], "MaxAttempts": 5}, {"ErrorEquals": ["States.Timeout"], "MaxAttempts": 2}]"#
        )
        #expect(RetryMath.firingRetriers(shadowed).map(\.index) == [0, 2])
        #expect(RetryMath.maxAttempts(shadowed) == 4)
        let runtime = try retriers(
            #"[{"ErrorEquals": ["States.Runtime", "States.DataLimitExceeded"], "MaxAttempts": 5}, {"ErrorEquals": ["E"], "MaxAttempts": 0}]"#)
        #expect(RetryMath.maxAttempts(runtime) == 1)
        #expect(RetryMath.maxTotalWait(runtime) == 0)
    }

    /// 99999999 attempts neither overflow nor loop 10^8 times: Int attempts, a closed form
    /// for the waits (1, 2, 4, 8 below the 10 s cap, then 10 s each).
    @Test func hugeMaxAttempts() throws {
        let r = try retriers(
            #"[{"ErrorEquals": ["A"], "MaxAttempts": 99999999, "BackoffRate": 1}, {"ErrorEquals": ["B"], "MaxAttempts": 99999999, "MaxDelaySeconds": 10}]"#
        )
        #expect(RetryMath.maxAttempts(r) == 199_999_999)
        #expect(RetryMath.totalWait(of: r[0]) == 99_999_999)
        #expect(RetryMath.totalWait(of: r[1]) == 15 + (99_999_999 - 4) * 10)
        let uncapped = try retriers(#"[{"ErrorEquals": ["A"], "MaxAttempts": 99999999}]"#)
        #expect(RetryMath.totalWait(of: uncapped[0]) == .greatestFiniteMagnitude)
    }
}
