/// Turns a timing report into dollars per execution.
///
/// Standard: state transitions × price. What counts as a transition (AWS: "each time a step of
/// your workflow is executed … including retries"): every state entered, every retry of a
/// state, and every state entered inside Parallel branches and Map iterations; a Parallel or
/// Map counts once per attempt itself. A distributed Map's `STANDARD` child executions are
/// billed per transition like the parent (their transitions are in the count); its `EXPRESS`
/// children as Express executions (a request each, duration × memory), added on top.
///
/// Express: one request plus duration × memory. The worst duration is capped at 5 minutes,
/// because Express stops an execution there, so the Express maximum is always bounded.
public enum CostEstimator {
    public static func estimate(_ report: TimingReport, assumptions: Assumptions) -> CostEstimate {
        var estimate =
            switch report.machineType {
            case .standard: standard(report, price: assumptions.pricePerTransition ?? Pricing.standardPerTransition)
            case .express: express(report, memoryMB: assumptions.expressMemoryMB ?? Pricing.expressMemoryChunkMB)
            }
        estimate.machineMinDollars = estimate.minDollars
        estimate.machineMaxDollars = estimate.maxDollars
        guard report.maxExpressChildDollars != 0 else { return estimate }
        // Each bound is the largest (or smallest) over all paths on its own: together an upper
        // (lower) bound, exact when one path has both, as a path through the Map does.
        estimate.expressChildMinDollars = report.minExpressChildDollars.map(Dollars.rounded)
        estimate.expressChildMaxDollars = report.maxExpressChildDollars.map(Dollars.rounded)
        estimate.minDollars = bothBounded(estimate.minDollars, report.minExpressChildDollars).map { Dollars.rounded($0 + $1) }
        estimate.maxDollars = bothBounded(estimate.maxDollars, report.maxExpressChildDollars).map { Dollars.rounded($0 + $1) }
        let memory = Pricing.billedExpressMemoryMB(assumptions.expressMemoryMB ?? Pricing.expressMemoryChunkMB)
        estimate.basis.append(
            "Express child executions of distributed Maps: $1.00 per million requests + $0.00001667 per GB-second, each child's duration rounded up to 100 ms, at most 5 min; memory \(memory) MB")
        return estimate
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

/// Both values, or `nil` when either is unbounded.
private func bothBounded(_ a: Double?, _ b: Double?) -> (Double, Double)? {
    guard let a, let b else { return nil }
    return (a, b)
}
