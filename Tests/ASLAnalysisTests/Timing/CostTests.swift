import ASLAnalysis
import Testing

@Suite struct CostTests {
    private let retried = TimingFixtures.singleTask(
        #""TimeoutSeconds": 10, "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 3, "MaxAttempts": 2}]"#)

    /// 1 to 3 transitions × $0.025 / 1,000.
    @Test func standardPricesTransitions() throws {
        let assumptions = Assumptions()
        let report = try TimingFixtures.report(retried, assumptions)
        let cost = CostEstimator.estimate(report, assumptions: assumptions)
        #expect(cost.minTransitions == 1)
        #expect(cost.maxTransitions == 3)
        #expect(Dollars.format(cost.minDollars) == "$0.000025")
        #expect(Dollars.format(cost.maxDollars) == "$0.000075")
        var dear = Assumptions()
        dear.pricePerTransition = 0.0279 / 1000
        #expect(Dollars.format(CostEstimator.estimate(report, assumptions: dear).maxDollars) == "$0.0000837")
    }

    @Test func unboundedTransitionsMeanUnboundedStandardCost() throws {
        let report = try TimingFixtures.report(
            #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "A"}}}"#)
        let cost = CostEstimator.estimate(report, assumptions: Assumptions())
        #expect(cost.maxDollars == nil)
        #expect(cost.minDollars == nil)
    }

    /// Worst case 39 s at 100 MB → 128 MB billed (2 chunks): $0.000001 + 39 × 0.125 × $0.00001667;
    /// best case 0 s is billed as 100 ms.
    @Test func expressPricesRequestsAndDuration() throws {
        let assumptions = Assumptions(machineType: .express, expressMemoryMB: 100)
        let report = try TimingFixtures.report(retried, assumptions)
        let cost = CostEstimator.estimate(report, assumptions: assumptions)
        #expect(cost.billedMemoryMB == 128)
        #expect(cost.billedMaxSeconds == 39)
        #expect(cost.billedMinSeconds == 0.1)
        #expect(Dollars.format(cost.maxDollars) == "$0.0000822663")
        #expect(Dollars.format(cost.minDollars) == "$0.0000012084")
    }

    /// An unbounded Express worst case is billed at most 5 minutes: Express stops there.
    @Test func expressDurationIsCappedAtFiveMinutes() throws {
        let assumptions = Assumptions(machineType: .express)
        let report = try TimingFixtures.report(TimingFixtures.singleTask(#""Comment": "no timeout""#), assumptions)
        let cost = CostEstimator.estimate(report, assumptions: assumptions)
        #expect(report.worstSeconds == nil)
        #expect(cost.billedMaxSeconds == 300)
        #expect(Dollars.format(cost.maxDollars) == "$0.0003135625")
    }

    @Test func expressRoundsUpToTenthsOfASecond() {
        #expect(Pricing.billedExpressSeconds(0.3) == 0.3)
        #expect(Pricing.billedExpressSeconds(0.31) == 0.4)
        #expect(Pricing.billedExpressSeconds(4.5) == 4.5)
        #expect(Pricing.billedExpressMemoryMB(64) == 64)
        #expect(Pricing.billedExpressMemoryMB(65) == 128)
    }

    /// 1,000 retriers of 99,999,999 attempts: 99,999,999,001 transitions × $0.000025 is
    /// $2,499,999.975025 exactly; the `Double` holds 2499999.97502500005…, which must not show.
    @Test func moneyShowsNoFloatingPointNoise() throws {
        #expect(Dollars.format(Double(99_999_999_001) * 0.000025) == "$2,499,999.975025")
        #expect(Dollars.format(1_234.5) == "$1,234.5")
        #expect(Dollars.format(0.000001) == "$0.000001")
        #expect(Dollars.format(999.999) == "$999.999")
        #expect(Dollars.format(1e20) == "$1e+20")
        #expect(Dollars.format(.infinity) == "unbounded")
        #expect(Dollars.format(nil) == "unbounded")
    }
}
