/// Turns a timing report into dollars per execution.
///
/// Standard: state transitions × price. What counts as a transition (AWS: "each time a step of
/// your workflow is executed … including retries"): every state entered, every retry of a
/// state, and every state entered inside Parallel branches and Map iterations; a Parallel or
/// Map counts once per attempt itself. Distributed Map children are counted like inline ones.
///
/// Express: one request plus duration × memory. The worst duration is capped at 5 minutes,
/// because Express stops an execution there, so the Express maximum is always bounded.
public enum CostEstimator {
    public static func estimate(_ report: TimingReport, assumptions: Assumptions) -> CostEstimate {
        switch report.machineType {
        case .standard: standard(report, price: assumptions.pricePerTransition ?? Pricing.standardPerTransition)
        case .express: express(report, memoryMB: assumptions.expressMemoryMB ?? Pricing.expressMemoryChunkMB)
        }
    }

    private static func standard(_ report: TimingReport, price: Double) -> CostEstimate {
        CostEstimate(
            machineType: .standard, minDollars: report.minTransitions.map { Dollars.rounded(Double($0) * price) },
            maxDollars: report.maxTransitions.map { Dollars.rounded(Double($0) * price) }, minTransitions: report.minTransitions,
            maxTransitions: report.maxTransitions, billedMinSeconds: nil, billedMaxSeconds: nil, billedMemoryMB: nil,
            basis: ["state transitions × $\(SecondsText.plain(price * 1000)) per 1,000, retries included"])
    }

    private static func express(_ report: TimingReport, memoryMB: Int) -> CostEstimate {
        let memory = Pricing.billedExpressMemoryMB(memoryMB)
        let gigabytes = Double(memory) / 1024
        let limit = TimingAnalyzer.expressLimitSeconds
        let low = Pricing.billedExpressSeconds(min(report.bestSeconds ?? 0, limit))
        let high = Pricing.billedExpressSeconds(min(report.worstSeconds ?? limit, limit))
        func dollars(_ seconds: Double) -> Double {
            Dollars.rounded(Pricing.expressPerRequest + seconds * gigabytes * Pricing.expressPerGBSecond)
        }
        return CostEstimate(
            machineType: .express, minDollars: dollars(low), maxDollars: dollars(high),
            minTransitions: report.minTransitions, maxTransitions: report.maxTransitions, billedMinSeconds: low,
            billedMaxSeconds: high, billedMemoryMB: memory,
            basis: [
                "$1.00 per million requests + $0.00001667 per GB-second",
                "duration rounded up to 100 ms, at most 5 min; memory \(memory) MB (64 MB chunks)",
            ])
    }
}
