import ASLLoad

/// A JSON value whose objects keep the order they were built in, so reports print their fields
/// in a readable order and the same report always gives the same bytes.
indirect enum ReportJSON {
    case object([(String, ReportJSON)])
    case array([ReportJSON])
    case string(String)
    case int(Int)
    /// Printed with at most one decimal.
    case percent(Double)
    case bool(Bool)
    case null

    static func strings(_ items: [String]) -> ReportJSON { .array(items.map(ReportJSON.string)) }

    /// Pretty-printed with two-space indentation, built with an explicit stack of pending text.
    func rendered() -> String {
        enum Piece { case value(ReportJSON, indent: Int), text(String) }
        var out = ""
        var pending: [Piece] = [.value(self, indent: 0)]
        while let piece = pending.popLast() {
            switch piece {
            case .text(let text):
                out += text
            case .value(let value, let indent):
                let pad = String(repeating: "  ", count: indent + 1)
                let close = String(repeating: "  ", count: indent)
                switch value {
                case .object(let members) where !members.isEmpty:
                    var pieces: [Piece] = [.text("{\n")]
                    for (i, (key, member)) in members.enumerated() {
                        pieces.append(.text(pad + Self.quoted(key) + ": "))
                        pieces.append(.value(member, indent: indent + 1))
                        pieces.append(.text(i + 1 < members.count ? ",\n" : "\n"))
                    }
                    pieces.append(.text(close + "}"))
                    pending.append(contentsOf: pieces.reversed())
                case .array(let items) where !items.isEmpty:
                    var pieces: [Piece] = [.text("[\n")]
                    for (i, item) in items.enumerated() {
                        pieces.append(.text(pad))
                        pieces.append(.value(item, indent: indent + 1))
                        pieces.append(.text(i + 1 < items.count ? ",\n" : "\n"))
                    }
                    pieces.append(.text(close + "]"))
                    pending.append(contentsOf: pieces.reversed())
                case .object: out += "{}"
                case .array: out += "[]"
                case .string(let s): out += Self.quoted(s)
                case .int(let n): out += String(n)
                case .percent(let p):
                    let tenths = (p * 10).rounded()
                    out += tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
                case .bool(let b): out += b ? "true" : "false"
                case .null: out += "null"
                }
            }
        }
        return out + "\n"
    }

    static func quoted(_ text: String) -> String {
        JSONStringLiteral.quoted(text)
    }
}
