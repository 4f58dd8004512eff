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
    /// How the numbers were obtained, one line each.
    public var basis: [String]
}
