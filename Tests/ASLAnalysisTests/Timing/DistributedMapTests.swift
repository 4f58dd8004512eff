import ASLAnalysis
import Testing

/// Distributed Maps: batching into child executions, waves of `MaxConcurrency`, the Express
/// 5-minute cap and Express billing. Every number is worked by hand in the comment above it.
@Suite struct DistributedMapTests {
    /// 1,000 items (`ReaderConfig.MaxItems`), a batch of `batch` items per child, concurrency 10,
    /// one Task of `timeout` s in each child.
    static func machine(executionType: String, timeout: Int, batcher: String? = #"{"MaxItemsPerBatch": 10}"#) -> String {
        let itemBatcher = batcher.map { #""ItemBatcher": \#($0), "# } ?? ""
        return """
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true, "MaxConcurrency": 10, \(itemBatcher)
              "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSON", "MaxItems": 1000},
                             "Parameters": {"Bucket": "b", "Key": "k"}},
              "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "\(executionType)"},
                "StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "TimeoutSeconds": \(timeout), "End": true}}}}}}
            """
    }

    /// 1,000 items / 10 per batch = 100 child executions; 100 / 10 at once = 10 waves × 60 s =
    /// 600 s. The parent: 1 transition (the Map). Each Express child: $0.000001 + 60 s ×
    /// 64/1024 GB × $0.00001667 = $0.000001 + $0.0000625125 = $0.0000635125; × 100 =
    /// $0.00635125; with the parent's $0.000025: $0.00637625.
    @Test func expressChildrenInWavesAreBilledAsExpress() throws {
        let report = try TimingFixtures.report(Self.machine(executionType: "EXPRESS", timeout: 60))
        #expect(report.worstSeconds == 600)
        #expect(report.worstPath.first?.childExecutions == 100)
        #expect(report.worstPath.first?.batches == 10)
        #expect(report.maxTransitions == 1)
        let cost = CostEstimator.estimate(report, assumptions: Assumptions())
        #expect(cost.expressChildMaxDollars == 0.00635125)
        #expect(cost.maxDollars == 0.00637625)
        #expect(Dollars.format(cost.maxDollars) == "$0.00637625")
        // MaxItems only caps the reader: at best no item, no child, just the Map's transition.
        #expect(report.bestSeconds == 0)
        #expect(cost.minDollars == 0.000025)
    }

    /// An Express child stops at 5 minutes: a 600 s Task counts 300 s. 10 waves × 300 s =
    /// 3,000 s (not 6,000 s). Each child: $0.000001 + 300 s × 0.0625 GB × $0.00001667 =
    /// $0.0003135625; × 100 = $0.03135625; + $0.000025.
    @Test func expressChildrenAreCappedAtFiveMinutes() throws {
        let report = try TimingFixtures.report(Self.machine(executionType: "EXPRESS", timeout: 600))
        #expect(report.worstSeconds == 3_000)
        #expect(report.notes == ["Each: an Express child execution stops at 5 minutes, so each child counts 5 min, not its path's 10 min"])
        #expect(CostEstimator.estimate(report, assumptions: Assumptions()).maxDollars == 0.03138125)
    }

    /// `--memory-mb 100` bills 128 MB (two 64 MB chunks): 60 s × 0.125 GB × $0.00001667 =
    /// $0.000125025, + $0.000001 = $0.000126025 a child; × 100 = $0.0126025.
    @Test func expressChildrenUseTheAssumedMemory() throws {
        var assumptions = Assumptions()
        assumptions.expressMemoryMB = 100
        let report = try TimingFixtures.report(Self.machine(executionType: "EXPRESS", timeout: 60), assumptions)
        #expect(CostEstimator.estimate(report, assumptions: assumptions).expressChildMaxDollars == 0.0126025)
    }

    /// Standard children have no 5-minute cap and are billed per transition: 10 waves × 600 s
    /// = 6,000 s; transitions 1 (the Map) + 100 children × 1 (their Task) = 101, × $0.000025 =
    /// $0.002525.
    @Test func standardChildrenAreBilledPerTransition() throws {
        let report = try TimingFixtures.report(Self.machine(executionType: "STANDARD", timeout: 600))
        #expect(report.worstSeconds == 6_000)
        #expect(report.maxTransitions == 101)
        let cost = CostEstimator.estimate(report, assumptions: Assumptions())
        #expect(cost.maxDollars == 0.002525)
        #expect(cost.expressChildMaxDollars == 0)
    }

    /// Without an ItemBatcher every item is a child: 1,000 children, 100 waves × 60 s =
    /// 6,000 s; 1,000 × $0.0000635125 = $0.0635125.
    @Test func withoutBatchingEveryItemIsAChild() throws {
        let report = try TimingFixtures.report(Self.machine(executionType: "EXPRESS", timeout: 60, batcher: nil))
        #expect(report.worstSeconds == 6_000)
        #expect(report.worstPath.first?.childExecutions == 1_000)
        #expect(CostEstimator.estimate(report, assumptions: Assumptions()).expressChildMaxDollars == 0.0635125)
    }

    /// `MaxInputBytesPerBatch` alone bounds no item count: as without batching, and said.
    @Test func aByteLimitAloneBoundsNothing() throws {
        let report = try TimingFixtures.report(
            Self.machine(executionType: "EXPRESS", timeout: 60, batcher: #"{"MaxInputBytesPerBatch": 262144}"#))
        #expect(report.worstPath.first?.childExecutions == 1_000)
        #expect(report.notes == ["Each: MaxInputBytesPerBatch alone bounds no item count (a batch may hold one item); assumed 1 item per child execution"])
    }

    /// A batch size chosen at run time is taken as 1 item per child, the worst case.
    @Test func aDynamicBatchSizeIsTakenAsOne() throws {
        let report = try TimingFixtures.report(
            Self.machine(executionType: "EXPRESS", timeout: 60, batcher: #"{"MaxItemsPerBatchPath": "$.size"}"#))
        #expect(report.worstPath.first?.childExecutions == 1_000)
        #expect(report.notes.first?.hasPrefix("Each: MaxItemsPerBatch is set at run time (from the path $.size)") == true)
    }

    /// An Express child without a Task timeout is still bounded by its 5 minutes: 10 waves ×
    /// 300 s, and the missing timeout becomes a note instead of making the machine unbounded.
    @Test func anExpressChildWithoutTimeoutIsBoundedByItsCap() throws {
        let json = Self.machine(executionType: "EXPRESS", timeout: 60).replacingOccurrences(of: #""TimeoutSeconds": 60, "#, with: "")
        let report = try TimingFixtures.report(json)
        #expect(report.worstSeconds == 3_000)
        #expect(report.unbounded.isEmpty)
        #expect(report.notes.contains { $0.hasPrefix("Work (in an Express child of Each, stopped at 5 minutes): Task has no TimeoutSeconds") })
    }

    /// Without `MaxConcurrency` a distributed Map runs up to 10,000 children at once: 20,000
    /// items in 2 waves; an inline Map at most 40 iterations at once, even with 100 asked for:
    /// 100 items in 3 waves.
    @Test func serviceConcurrencyLimits() throws {
        let distributed = Self.machine(executionType: "STANDARD", timeout: 60, batcher: nil)
            .replacingOccurrences(of: #""MaxConcurrency": 10, "#, with: "")
            .replacingOccurrences(of: #""MaxItems": 1000"#, with: #""MaxItems": 20000"#)
        #expect(try TimingFixtures.report(distributed).worstSeconds == 120)
        let inline = """
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true, "MaxConcurrency": 100,
              "ItemProcessor": {"StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "TimeoutSeconds": 60, "End": true}}}}}}
            """
        var assumptions = Assumptions()
        assumptions.mapItems = ["Each": 100]
        #expect(try TimingFixtures.report(inline, assumptions).worstSeconds == 180)
    }
}
