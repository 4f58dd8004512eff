import ASLLoad
import ASLSource

public struct ParallelState: Hashable, Sendable {
    public var branches: [Scope]

    public init(branches: [Scope]) { self.branches = branches }
}

public struct MapState: Hashable, Sendable {
    public enum Mode: String, Hashable, Sendable {
        case inline = "INLINE"
        case distributed = "DISTRIBUTED"
    }

    /// The iteration's states, from `ItemProcessor` or the legacy `Iterator`.
    public var processor: Scope?
    public var mode: Mode
    /// `MaxConcurrency` (0 or absent means no limit).
    public var maxConcurrency: DynamicInt?
    /// The number of items when the definition states it: a literal `Items` array or
    /// `ItemReader.ReaderConfig.MaxItems`.
    public var knownItemCount: Int?
    public var usesItemReader: Bool
    public var label: String?

    public init(
        processor: Scope?, mode: Mode, maxConcurrency: DynamicInt?, knownItemCount: Int?, usesItemReader: Bool,
        label: String?
    ) {
        self.processor = processor
        self.mode = mode
        self.maxConcurrency = maxConcurrency
        self.knownItemCount = knownItemCount
        self.usesItemReader = usesItemReader
        self.label = label
    }
}
