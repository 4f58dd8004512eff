import Foundation

/// One event of `GetExecutionHistory`, reduced to what coverage needs.
public struct HistoryEvent: Sendable, Equatable {
    public var id: Int
    public var previousEventID: Int
    /// e.g. `TaskStateEntered`, `LambdaFunctionFailed`, `MapIterationStarted`.
    public var type: String
    /// `name` of the event's details: the state entered or exited, or the Map of an iteration.
    public var name: String?
    /// `error` of a failure event's details.
    public var error: String?
    /// `index` of a Map iteration event.
    public var iterationIndex: Int?
    /// The `Error` field of a `*StateExited` output: a caught error, when `ResultPath` kept the
    /// error object as the whole output. Map and Parallel failures carry their error only here.
    public var outputError: String?

    public init(id: Int, previousEventID: Int, type: String, name: String? = nil, error: String? = nil, iterationIndex: Int? = nil,
        outputError: String? = nil
    ) {
        self.id = id
        self.previousEventID = previousEventID
        self.type = type
        self.name = name
        self.error = error
        self.iterationIndex = iterationIndex
        self.outputError = outputError
    }
}

/// The events of one execution, in `id` order, and where they were read from.
public struct ExecutionHistory: Sendable, Equatable {
    public var source: String
    public var events: [HistoryEvent]

    public init(source: String, events: [HistoryEvent]) {
        self.source = source
        // Pages come in order, so the sort is usually a check.
        let ordered = zip(events, events.dropFirst()).allSatisfy { $0.id <= $1.id }
        self.events = ordered ? events : events.sorted { $0.id < $1.id }
    }

    /// `SUCCEEDED`, `FAILED`, `ABORTED`, `TIMED_OUT`, or `RUNNING` when no terminal event was read.
    public var status: String {
        let ends = ["ExecutionSucceeded": "SUCCEEDED", "ExecutionFailed": "FAILED", "ExecutionAborted": "ABORTED", "ExecutionTimedOut": "TIMED_OUT"]
        return events.lazy.compactMap { ends[$0.type] }.last ?? "RUNNING"
    }

    /// Whether the first page (the one with `ExecutionStarted`) is among the events.
    public var hasStart: Bool { events.contains { $0.type == "ExecutionStarted" } }
}

public enum HistoryError: Error, Equatable, CustomStringConvertible {
    case unreadable(source: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let source, let reason): "\(source): \(reason)"
        }
    }
}

extension ExecutionHistory {
    /// The most events aslkit reads for one execution: 1,000,000. AWS keeps at most 25,000 for
    /// a Standard execution, so only a hostile or broken input comes near it.
    public static let maximumEvents = 1_000_000

    /// The largest history file aslkit reads: 256 MB, room for 1,000,000 events as AWS prints
    /// them (about 210 bytes each with small inputs). Definitions stop at 64 MB.
    public static let maximumFileBytes = 256 << 20

    /// Reads `{"events": [...]}` as `aws stepfunctions get-execution-history` prints it, or a JSON
    /// array of such pages. `input`/`output` may be JSON strings (AWS) or values (snapshots).
    public static func decodeEvents(_ data: Data, source: String) throws -> [HistoryEvent] {
        try decodeEvents(bytes: [UInt8](data), source: source)
    }

    /// As `decodeEvents(_:source:)`, stopping with an error past `limit` events. Only the
    /// fields coverage needs are kept (`HistoryDecoder`).
    /// - Complexity: O(bytes).
    public static func decodeEvents(bytes: [UInt8], source: String, limit: Int = maximumEvents) throws(HistoryError) -> [HistoryEvent] {
        let outcome: Result<[HistoryEvent], HistoryError> = bytes.withUnsafeBufferPointer { buffer in
            var decoder = HistoryDecoder(limit: limit)
            var reader = JSONPull(buffer)
            do {
                try decoder.decodeDocument(&reader)
                return .success(decoder.events)
            } catch {
                let reason = decoder.problem ?? "not valid JSON"
                return .failure(.unreadable(source: source, reason: reason))
            }
        }
        return try outcome.get()
    }
}
