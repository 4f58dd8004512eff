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

    /// `ProcessorConfig.ExecutionType` of a distributed Map: how each child execution runs and
    /// is billed.
    public enum ExecutionType: String, Hashable, Sendable {
        case standard = "STANDARD"
        case express = "EXPRESS"
    }

    /// `ItemBatcher`: how many items go to one child execution (or iteration).
    public enum Batching: Hashable, Sendable {
        /// `MaxItemsPerBatch` or `MaxItemsPerBatchPath` (with or without a byte limit).
        case items(DynamicInt)
        /// Only `MaxInputBytesPerBatch`: the byte size of items is not in the definition, so
        /// this bounds nothing (a batch may hold a single item).
        case bytesOnly
    }

    // Stored in this order, not the initializer's, so that the fields pack into 113 bytes
    // (122 in the initializer's order): each Map state's detail is a box of this size.

    /// The iteration's states, from `ItemProcessor` or the legacy `Iterator`.
    public var processor: Scope?
    public var label: String?
    /// `MaxConcurrency` (0 or absent means no limit).
    public var maxConcurrency: DynamicInt?
    /// The number of items when the definition states it: a literal `Items` array or
    /// `ItemReader.ReaderConfig.MaxItems`.
    public var knownItemCount: Int?
    public var mode: Mode
    public var usesItemReader: Bool
    /// Distributed mode only; `nil` when not written.
    public var executionType: ExecutionType?
    /// `nil` without an `ItemBatcher`.
    public var batching: Batching?

    public init(
        processor: Scope?, mode: Mode, maxConcurrency: DynamicInt?, knownItemCount: Int?, usesItemReader: Bool,
        label: String?, batching: Batching? = nil, executionType: ExecutionType? = nil
    ) {
        self.processor = processor
        self.mode = mode
        self.maxConcurrency = maxConcurrency
        self.knownItemCount = knownItemCount
        self.usesItemReader = usesItemReader
        self.label = label
        self.batching = batching
        self.executionType = executionType
    }
}
