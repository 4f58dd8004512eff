import ASLLoad

/// A JSON value whose objects keep the order they were built in, so reports print their fields
/// in a readable order and the same report always gives the same bytes.
indirect enum ReportJSON {
    case object([(String, ReportJSON)])
    case array([ReportJSON])
    /// An array whose `count` items are made one at a time as they are written: a test path of
    /// 10,000 steps is never a tree of 10,000 objects.
    case items(count: Int, item: (Int) -> ReportJSON)
    case string(String)
    case int(Int)
    /// Printed with at most one decimal.
    case percent(Double)
    case bool(Bool)
    case null

    static func strings(_ items: [String]) -> ReportJSON { .array(items.map(ReportJSON.string)) }

    /// Pretty-printed with two-space indentation, and a final line break.
    func rendered() -> String {
        var out = ""
        write(into: &out)
        out += "\n"
        return out
    }

    /// The text of `rendered()` without its final line break, written into `out` as it is made,
    /// for a value nested `indent` levels deep. An explicit stack of open objects and arrays,
    /// whatever the nesting.
    func write(indent: Int = 0, into out: inout some TextOutputStream) {
        var open: [OpenContainer] = []
        func start(_ value: ReportJSON, indent: Int) {
            switch value {
            case .object(let members) where !members.isEmpty:
                out.write("{\n")
                open.append(OpenContainer(count: members.count, member: { (members[$0].0, members[$0].1) }, indent: indent, close: "}"))
            case .array(let items) where !items.isEmpty:
                out.write("[\n")
                open.append(OpenContainer(count: items.count, member: { (nil, items[$0]) }, indent: indent, close: "]"))
            case .items(let count, let item) where count > 0:
                out.write("[\n")
                open.append(OpenContainer(count: count, member: { (nil, item($0)) }, indent: indent, close: "]"))
            case .object: out.write("{}")
            case .array, .items: out.write("[]")
            case .string(let s): out.write(Self.quoted(s))
            case .int(let n): out.write(String(n))
            case .percent(let p):
                let tenths = (p * 10).rounded()
                out.write(tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10))
            case .bool(let b): out.write(b ? "true" : "false")
            case .null: out.write("null")
            }
        }
        start(self, indent: indent)
        while let top = open.last {
            guard top.next < top.count else {
                open.removeLast()
                out.write("\n" + String(repeating: "  ", count: top.indent) + top.close)
                continue
            }
            let (key, value) = top.member(top.next)
            if top.next > 0 { out.write(",\n") }
            open[open.count - 1].next += 1
            out.write(String(repeating: "  ", count: top.indent + 1))
            if let key { out.write(Self.quoted(key) + ": ") }
            start(value, indent: top.indent + 1)
        }
    }

    /// An object or array `write` has begun: its members (key, value), how many are written.
    private struct OpenContainer {
        var count: Int
        var member: (Int) -> (key: String?, value: ReportJSON)
        var next = 0
        var indent: Int
        var close: String
    }

    static func quoted(_ text: String) -> String {
        JSONStringLiteral.quoted(text)
    }
}
