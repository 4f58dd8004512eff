import ASLLoad

/// What the user tells the timing analysis that the definition cannot: how many items a Map
/// gets, how often a loop turns, how long a dynamic timeout or wait is, which kind of machine
/// it is and how much memory an Express execution uses.
///
/// A plain value: the command line and `.aslkit.yml` (read by ``AssumptionsConfig``) fill it.
/// State names key every table; a name used in several scopes applies to each of them.
public struct Assumptions: Sendable, Hashable {
    public enum MachineType: String, Sendable, Hashable, CaseIterable {
        case standard = "STANDARD"
        case express = "EXPRESS"
    }

    /// `nil`: as the template says, else Standard.
    public var machineType: MachineType?
    /// Items per Map state, by the Map state's name.
    public var mapItems: [String: Int]
    /// At most how many times a loop runs, by the name of any state in the loop. Every state
    /// of the loop (its strongly connected component) is then counted that many times.
    public var loopBounds: [String: Int]
    /// Seconds for a Task whose `TimeoutSeconds` is missing or dynamic, or for a Wait whose
    /// duration is dynamic, by state name.
    public var stateSeconds: [String: Int]
    /// Memory an Express execution uses, in MB (billed in 64 MB chunks); `nil`: 64 MB.
    public var expressMemoryMB: Int?
    /// Standard price per state transition, in US dollars; `nil`: ``Pricing/standardPerTransition``.
    public var pricePerTransition: Double?

    public init(
        machineType: MachineType? = nil, mapItems: [String: Int] = [:], loopBounds: [String: Int] = [:],
        stateSeconds: [String: Int] = [:], expressMemoryMB: Int? = nil, pricePerTransition: Double? = nil
    ) {
        self.machineType = machineType
        self.mapItems = mapItems
        self.loopBounds = loopBounds
        self.stateSeconds = stateSeconds
        self.expressMemoryMB = expressMemoryMB
        self.pricePerTransition = pricePerTransition
    }

    /// `other`'s tables win entry by entry and its scalars where it sets them (so flags given
    /// on the command line override the config file).
    public func merging(_ other: Assumptions) -> Assumptions {
        var result = self
        result.mapItems.merge(other.mapItems) { $1 }
        result.loopBounds.merge(other.loopBounds) { $1 }
        result.stateSeconds.merge(other.stateSeconds) { $1 }
        if let type = other.machineType { result.machineType = type }
        if let memory = other.expressMemoryMB { result.expressMemoryMB = memory }
        if let price = other.pricePerTransition { result.pricePerTransition = price }
        return result
    }
}

extension Assumptions {
    /// These assumptions for one machine: the type the user gave (flag or settings file) wins,
    /// else the one its template declares, else Standard.
    package func resolved(for machine: LoadedMachine) -> Assumptions {
        var result = self
        if result.machineType == nil { result.machineType = machine.machineType == .express ? .express : .standard }
        return result
    }
}
