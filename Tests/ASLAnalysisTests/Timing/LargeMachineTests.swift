import ASLAnalysis
import ASLModel
import Testing

/// Size and depth: the analysis is iterative over states and scopes, so long chains and deep
/// nesting neither overflow the stack nor lose exactness.
@Suite struct LargeMachineTests {
    /// n Tasks in a chain, each 2 s per attempt with one retry after 1 s: worst 5 s each.
    private func chain(_ n: Int) -> String {
        var states: [String] = []
        for i in 0..<n {
            let next = i + 1 < n ? "\"Next\": \"S\(i + 1)\"" : "\"End\": true"
            states.append(
                "\"S\(i)\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"TimeoutSeconds\": 2, \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": 1}], \(next)}"
            )
        }
        return "{\"StartAt\": \"S0\", \"States\": {\(states.joined(separator: ", "))}}"
    }

    @Test func fiveThousandStateChain() throws {
        let r = try TimingFixtures.report(chain(5000))
        #expect(r.worstSeconds == 25_000)
        #expect(r.maxTransitions == 10_000)
        #expect(r.minTransitions == 5000)
        #expect(r.worstPath.count == 5000)
        #expect(r.bestPath.count == 5000)
    }

    /// `ReaderConfig.MaxItems` at the ends of `Int` (invalid input, found by a sweep of extreme
    /// values): `Int.max` items in batches of 10,000 at 2 s each, every count saturating; a
    /// negative count is no items at all.
    @Test func mapItemCountsAtTheEndsOfInt() throws {
        func machine(_ items: Int) -> String {
            """
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true, "MaxConcurrency": 10000,
              "ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": {"Bucket": "b"}, "ReaderConfig": {"MaxItems": \(items)}},
              "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "T", "States": {
                "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 2, "End": true}}}}}}
            """
        }
        let most = try TimingFixtures.report(machine(Int.max))
        #expect(most.worstSeconds == Double(Int.max / 10_000 + 1) * 2)
        #expect(most.maxTransitions == Int.max)
        let negative = try TimingFixtures.report(machine(Int.min))
        #expect(negative.worstSeconds == 0)
        #expect(negative.maxTransitions == 1)
    }

    /// 40 Parallels nested inside each other around one 7 s Task, each retried once after 1 s:
    /// a level costs 2 × (inner) + 1, so 7 → 15 → 31 → … = 8 × 2^40 − 1 seconds (exact in Double).
    @Test func deeplyNestedParallels() throws {
        var json = #"{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 7, "End": true}}}"#
        for level in 0..<40 {
            json = """
                {"StartAt": "P\(level)", "States": {"P\(level)": {"Type": "Parallel", "End": true, "Branches": [\(json)],
                  "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 1}]}}}
                """
        }
        let r = try TimingFixtures.report(json)
        #expect(r.worstSeconds == Double((1 << 43) - 1))
        #expect(r.maxAttempts == 2)
        var depth = 0
        var step = r.worstPath.first
        while let s = step, !s.inner.isEmpty {
            depth += 1
            step = s.inner.first
        }
        #expect(depth == 40)
        #expect(step?.state == "T")
    }
}
