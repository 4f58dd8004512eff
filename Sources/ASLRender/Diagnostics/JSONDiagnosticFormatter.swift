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

/// Deterministic JSON: sorted keys, pretty-printed, slashes unescaped, and a final newline.
enum StableJSON {
    /// Writes the bytes `encoder()` makes of a value whose array at `key` holds `elements`
    /// (and a newline), given `skeleton`, the value with that array empty (and no other array
    /// of that name).
    ///
    /// JSONEncoder builds a tree of the whole value before it writes a byte, several times the
    /// size of its output: a SARIF log of 50,000 findings peaked at 238 MB. Here it encodes
    /// the elements 256 at a time, each batch as an array whose lines are indented to their
    /// place in the pretty-printed whole (sound because encoded strings never hold a raw
    /// newline), written to `stream` as it is made.
    static func write<Element: Encodable>(
        _ skeleton: some Encodable, splicing elements: some Collection<Element>, at key: String,
        into stream: inout some TextOutputStream
    ) {
        let encoder = encoder()
        guard let data = try? encoder.encode(skeleton) else { return stream.write("{}\n") }
        let text = String(decoding: data, as: UTF8.self)
        // An empty array is written `[`, an empty line, and `]` on its key's indentation.
        guard !elements.isEmpty, let marker = text.range(of: "\"\(key)\" : [\n\n") else { return stream.write(text + "\n") }
        let lineStart = text[..<marker.lowerBound].lastIndex(of: "\n").map(text.index(after:)) ?? text.startIndex
        let indent = [UInt8](repeating: UInt8(ascii: " "), count: text.distance(from: lineStart, to: marker.lowerBound))
        stream.write(String(text[..<text.index(marker.upperBound, offsetBy: -2)]))
        var batch: [Element] = []
        batch.reserveCapacity(256)
        var out: [UInt8] = []
        var firstBatch = true
        func flush() {
            // Strings and integers always encode; a batch that did not would be left out, and the
            // report stay valid JSON.
            defer { batch.removeAll(keepingCapacity: true) }
            guard let data = try? encoder.encode(batch) else { return }
            // Within a batch the encoder separates the elements; between batches, this comma.
            // Bytes, not Characters: splitting a String into lines walks grapheme clusters.
            if !firstBatch { out.append(UInt8(ascii: ",")) }
            firstBatch = false
            // `[`, the elements indented by two, `]`: the brackets are dropped.
            let lines = [UInt8](data).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            for line in lines.dropFirst().dropLast() {
                out.append(UInt8(ascii: "\n"))
                if !line.isEmpty { out += indent }
                out += line
            }
            stream.write(String(decoding: out, as: UTF8.self))
            out.removeAll(keepingCapacity: true)
        }
        for element in elements {
            batch.append(element)
            if batch.count == 256 { flush() }
        }
        if !batch.isEmpty { flush() }
        stream.write("\n" + text[marker.upperBound...] + "\n")
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }
}
