import ASLAnalysis
import ASLSource
import Foundation

/// The JSON report: stable keys (sorted), one object per diagnostic, and totals.
public struct JSONDiagnosticFormatter: Sendable {
    public init() {}

    struct Report: Encodable {
        var version = 1
        var filesScanned: Int
        var machines: [Machine]
        var diagnostics: [Entry]
        var summary: [String: Int]
    }

    struct Machine: Encodable {
        var file: String
        var resource: String?
        var states: Int
    }

    struct Entry: Encodable {
        var ruleId: String
        var severity: String
        var message: String
        var file: String
        var line: Int?
        var column: Int?
        var pointer: String
        var state: String?
        var notes: [Note]
    }

    struct Note: Encodable {
        var message: String
        var line: Int?
        var column: Int?
    }

    public func format(_ run: ValidationRun) -> String {
        var text = ""
        write(run, into: &text)
        return text
    }

    /// `format`, written to `stream` as it is made.
    public func write(_ run: ValidationRun, into stream: inout some TextOutputStream) {
        let skeleton = Report(
            filesScanned: run.filesScanned,
            machines: run.machines.map { Machine(file: $0.file, resource: $0.resource, states: $0.states) },
            diagnostics: [],
            summary: ["errors": run.count(.error), "warnings": run.count(.warning), "notes": run.count(.note)])
        let entries = run.diagnostics.lazy.map { d in
                Entry(
                    ruleId: d.ruleID, severity: d.severity.rawValue, message: d.message, file: d.file, line: d.position?.line,
                    column: d.position?.column, pointer: d.pointer, state: d.stateName,
                    notes: d.notes.map { Note(message: $0.message, line: $0.position?.line, column: $0.position?.column) })
        }
        StableJSON.write(skeleton, splicing: entries, at: "diagnostics", into: &stream)
    }
}
