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
        self.events = events.sorted { $0.id < $1.id }
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
    /// Reads `{"events": [...]}` as `aws stepfunctions get-execution-history` prints it, or a JSON
    /// array of such pages. `input`/`output` may be JSON strings (AWS) or values (snapshots).
    public static func decodeEvents(_ data: Data, source: String) throws -> [HistoryEvent] {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            throw HistoryError.unreadable(source: source, reason: "not valid JSON")
        }
        let pages: [Any] = (root as? [Any]) ?? [root]
        var events: [HistoryEvent] = []
        for page in pages {
            guard let object = page as? [String: Any], let items = object["events"] as? [Any] else {
                throw HistoryError.unreadable(source: source, reason: "not an execution history (no \"events\" array)")
            }
            for item in items {
                guard let event = item as? [String: Any], let id = integer(event["id"]), let type = event["type"] as? String else {
                    throw HistoryError.unreadable(source: source, reason: "an event has no id or type")
                }
                let details = event.first { $0.key.hasSuffix("EventDetails") }?.value as? [String: Any] ?? [:]
                events.append(HistoryEvent(
                    id: id, previousEventID: integer(event["previousEventId"]) ?? 0, type: type,
                    name: details["name"] as? String, error: details["error"] as? String,
                    iterationIndex: integer(details["index"]), outputError: errorField(details["output"])))
            }
        }
        return events
    }

    /// `output` is a JSON string in AWS answers and a value in recorded snapshots.
    private static func errorField(_ output: Any?) -> String? {
        if let object = output as? [String: Any] { return object["Error"] as? String }
        guard let text = output as? String, text.hasPrefix("{"), let data = text.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object["Error"] as? String
    }

    private static func integer(_ value: Any?) -> Int? {
        if let n = value as? NSNumber { return n.intValue }
        if let s = value as? String { return Int(s) }
        return nil
    }
}
