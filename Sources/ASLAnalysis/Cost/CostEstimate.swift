/// What one execution costs, at least and at most, in US dollars.
public struct CostEstimate: Sendable, Hashable {
    public var machineType: Assumptions.MachineType
    /// `nil` = unbounded.
    public var minDollars: Double?
    public var maxDollars: Double?
    /// Standard: the transitions priced. Express: not billed, shown for reference.
    public var minTransitions: Int?
    public var maxTransitions: Int?
    /// Express: the billed duration (rounded up to 100 ms) and memory (64 MB chunks).
    public var billedMinSeconds: Double?
    public var billedMaxSeconds: Double?
    public var billedMemoryMB: Int?
    /// The part of ``minDollars``/``maxDollars`` that the machine's own billing costs
    /// (transitions, or an Express execution's request and duration).
    public var machineMinDollars: Double?
    public var machineMaxDollars: Double?
    /// The part that Express child executions of distributed Maps cost (0 without any; `nil` =
    /// unbounded).
    public var expressChildMinDollars: Double? = 0
    public var expressChildMaxDollars: Double? = 0
    /// How the numbers were obtained, one line each.
    public var basis: [String]
}
