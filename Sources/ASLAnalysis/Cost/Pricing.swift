/// AWS Step Functions prices used by the estimate (https://aws.amazon.com/step-functions/pricing/,
/// us-east-1; ASL-FACTS §5). Free tier and volume tiers are left out: an estimate per
/// execution should not depend on the month's other traffic.
public enum Pricing {
    /// Standard: $0.025 per 1,000 state transitions.
    public static let standardPerTransition = 0.025 / 1000
    /// Express: $1.00 per million requests.
    public static let expressPerRequest = 1.0 / 1_000_000
    /// Express duration, first tier: $0.00001667 per GB-second (the AWS Step Functions
    /// workshop, module 13, prices 100 ms at 64 MB as $0.0000001042, the same rate).
    public static let expressPerGBSecond = 0.000_016_67
    /// Express duration is billed rounded up to 100 ms, memory in 64 MB chunks.
    public static let expressBillingIncrementSeconds = 0.1
    public static let expressMemoryChunkMB = 64

    /// `seconds` rounded up to the next 100 ms, at least 100 ms. Computed in tenths of a
    /// second so that 0.3 s stays 0.3 s (floating point would make it 0.30000000000000004 → 0.4).
    public static func billedExpressSeconds(_ seconds: Double) -> Double {
        let tenths = (seconds * 10 * 1_000_000).rounded() / 1_000_000
        return max(1, tenths.rounded(.up)) / 10
    }

    /// Memory rounded up to 64 MB chunks.
    public static func billedExpressMemoryMB(_ mb: Int) -> Int {
        max(1, (mb + expressMemoryChunkMB - 1) / expressMemoryChunkMB) * expressMemoryChunkMB
    }
}
