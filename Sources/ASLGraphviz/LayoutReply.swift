import Foundation

/// What a layout worker writes to standard output: a header line, the rendered bytes, and
/// the messages as JSON. `decode` rejects anything else, so a worker that died half-way
/// through writing is told from one that answered.
///
///     aslkit-layout ok <byte count> <1 if polyline fallback else 0>\n<bytes><JSON messages>
///     aslkit-layout syntax|layout|render <byte count of message>\n<message>
enum LayoutReply: Equatable {
    case rendered(GraphvizOutput)
    case failed(GraphvizError)

    private struct Messages: Codable {
        var warnings: [String]
        var notes: [String]
    }

    private static let magic = "aslkit-layout"

    func encoded() -> [UInt8] {
        switch self {
        case .rendered(let output):
            let messages = (try? JSONEncoder().encode(Messages(warnings: output.warnings, notes: output.notes))) ?? Data("{}".utf8)
            return Array("\(Self.magic) ok \(output.bytes.count) \(output.usedFallback ? 1 : 0)\n".utf8) + output.bytes + Array(messages)
        case .failed(let error):
            let (kind, message): (String, String) =
                switch error {
                case .syntax(let m): ("syntax", m)
                case .layoutFailed(let m): ("layout", m)
                case .renderFailed(let m), .workerCrashed(let m): ("render", m)
                case .timedOut(let s): ("render", "timed out after \(s) s")
                }
            let text = Array(message.utf8)
            return Array("\(Self.magic) \(kind) \(text.count)\n".utf8) + text
        }
    }

    static func decode(_ bytes: [UInt8]) -> LayoutReply? {
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let header = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ").map(String.init)
        guard header.count >= 3, header[0] == magic, let count = Int(header[2]), count >= 0 else { return nil }
        let body = bytes[(newline + 1)...]
        guard body.count >= count else { return nil }
        let payload = Array(body.prefix(count))
        switch header[1] {
        case "ok":
            guard header.count == 4,
                let messages = try? JSONDecoder().decode(Messages.self, from: Data(body.dropFirst(count)))
            else { return nil }
            return .rendered(GraphvizOutput(bytes: payload, usedFallback: header[3] == "1", warnings: messages.warnings, notes: messages.notes))
        case "syntax": return .failed(.syntax(String(decoding: payload, as: UTF8.self)))
        case "layout": return .failed(.layoutFailed(String(decoding: payload, as: UTF8.self)))
        case "render": return .failed(.renderFailed(String(decoding: payload, as: UTF8.self)))
        default: return nil
        }
    }
}
