/// Reads the events of a history document with `JSONPull`, keeping only what `HistoryEvent`
/// holds: a 1,000,000-event history is read without a tree of every event in memory. Strings
/// that repeat (event types, state names) share one copy.
struct HistoryDecoder {
    let limit: Int
    var events: [HistoryEvent] = []
    /// Why the document is not a history, when it is valid JSON but the wrong shape.
    var problem: String?
    private var interned = InternedStrings()

    init(limit: Int) {
        self.limit = limit
    }

    mutating func decodeDocument(_ reader: inout JSONPull) throws(JSONPull.Malformed) {
        switch reader.peek() {
        case UInt8(ascii: "["): try reader.elements { reader throws(JSONPull.Malformed) in try page(&reader) }
        default: try page(&reader)
        }
        try reader.expectEnd()
    }

    private mutating func page(_ reader: inout JSONPull) throws(JSONPull.Malformed) {
        guard reader.peek() == UInt8(ascii: "{") else { return try refuse("not an execution history (no \"events\" array)") }
        var sawEvents = false
        try reader.members { reader, key throws(JSONPull.Malformed) in
            guard "events" ~= key, reader.peek() == UInt8(ascii: "[") else { return try reader.skipValue() }
            sawEvents = true
            try reader.elements { reader throws(JSONPull.Malformed) in try event(&reader) }
        }
        if !sawEvents { try refuse("not an execution history (no \"events\" array)") }
    }

    private mutating func event(_ reader: inout JSONPull) throws(JSONPull.Malformed) {
        guard reader.peek() == UInt8(ascii: "{") else { return try refuse("an event has no id or type") }
        guard events.count < limit else {
            return try refuse(Self.tooManyEvents(limit))
        }
        var id: Int?
        var previous: Int?
        var type: String?
        var details: Details?
        try reader.members { reader, key throws(JSONPull.Malformed) in
            switch key {
            case "id": id = try integer(&reader)
            case "previousEventId": previous = try integer(&reader)
            case "type":
                if reader.peek() == UInt8(ascii: "\"") { type = interned.string(try reader.stringValue()) } else { try reader.skipValue() }
            default:
                if details == nil, key.hasSuffix("EventDetails"), reader.peek() == UInt8(ascii: "{") {
                    details = try self.details(&reader)
                } else {
                    try reader.skipValue()
                }
            }
        }
        guard let id, let type else { return try refuse("an event has no id or type") }
        events.append(HistoryEvent(
            id: id, previousEventID: previous ?? 0, type: type, name: details?.name, error: details?.error,
            iterationIndex: details?.index, outputError: details?.outputError))
    }

    private struct Details {
        var name: String?
        var error: String?
        var index: Int?
        var outputError: String?
    }

    private mutating func details(_ reader: inout JSONPull) throws(JSONPull.Malformed) -> Details {
        var details = Details()
        try reader.members { reader, key throws(JSONPull.Malformed) in
            switch (key, reader.peek()) {
            case ("name", UInt8(ascii: "\"")): details.name = interned.string(try reader.stringValue())
            case ("error", UInt8(ascii: "\"")): details.error = interned.string(try reader.stringValue())
            case ("index", _): details.index = try integer(&reader)
            case ("output", UInt8(ascii: "{")): details.outputError = try Self.errorMember(&reader)
            case ("output", UInt8(ascii: "\"")):
                // AWS writes the output as a JSON string; only an object's `Error` matters.
                var text = try reader.string()
                if text.hasPrefix("{") {
                    let error: String? = text.withUTF8 { bytes in
                        var inner = JSONPull(bytes)
                        guard let error = try? Self.errorMember(&inner), (try? inner.expectEnd()) != nil else { return nil }
                        return error
                    }
                    details.outputError = error.map { interned.shared($0) }
                }
            default: try reader.skipValue()
            }
        }
        return details
    }

    /// The `Error` string member of the object that comes next.
    private static func errorMember(_ reader: inout JSONPull) throws(JSONPull.Malformed) -> String? {
        var error: String?
        try reader.members { reader, key throws(JSONPull.Malformed) in
            if "Error" ~= key, reader.peek() == UInt8(ascii: "\"") { error = try reader.string() } else { try reader.skipValue() }
        }
        return error
    }

    /// A number or a numeric string, as an `Int` (fractions dropped); `nil` for anything else.
    private func integer(_ reader: inout JSONPull) throws(JSONPull.Malformed) -> Int? {
        switch reader.peek() {
        case UInt8(ascii: "\""): return Int(try reader.string())
        case .some(UInt8(ascii: "-")), .some(UInt8(ascii: "0")...UInt8(ascii: "9")):
            if let n = reader.smallInteger() { return n }
            let text = try reader.number()
            if let n = Int(text) { return n }
            guard let value = Double(text), value.isFinite, abs(value) < 9.2e18 else { return nil }
            return Int(value.rounded(.towardZero))
        default:
            try reader.skipValue()
            return nil
        }
    }

    /// "more than 1,000,000 events, …", grouped the same way whatever the locale.
    static func tooManyEvents(_ limit: Int) -> String {
        var digits = String(limit)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return "more than \(groups.joined(separator: ",")) events, the most aslkit reads for one execution"
    }

    /// Records why the document is not a history and stops.
    private mutating func refuse(_ reason: String) throws(JSONPull.Malformed) {
        problem = reason
        throw JSONPull.Malformed()
    }
}
