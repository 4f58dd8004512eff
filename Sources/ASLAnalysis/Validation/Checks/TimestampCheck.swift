import ASLExpressions
import ASLLoad
import ASLModel
import ASLSource

/// A literal Wait `Timestamp` must be an RFC 3339 date-time with a time zone, as AWS requires.
struct TimestampCheck: Check {
    static let invalid = RuleDescription(
        id: "timestamp-invalid", title: "Timestamp is not RFC 3339", category: .fields, severity: .error,
        summary: "A Wait state's literal `Timestamp` is not an RFC 3339 date-time (`2026-03-14T01:59:00Z`).",
        rationale: "AWS rejects the definition; dates such as `2016-13-05` or a missing `T` or zone are common slips.",
        awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"StartAt": "W", "States": {"W": {"Type": "Wait", "Timestamp": "2016-12-05 21:29:29Z", "End": true}}}"#],
        passing: [#"{"StartAt": "W", "States": {"W": {"Type": "Wait", "Timestamp": "2016-12-05T21:29:29.5+01:00", "End": true}}}"#])

    static let rules = [invalid]

    func run(_ context: ValidationContext) -> [Diagnostic] {
        // By index, each state lent: a copy of each (and of its scope) counted references.
        var found: [Diagnostic] = []
        for index in context.machine.allStates.indices {
            if let finding = check(context.machine.allStates[index].state, context) { found.append(finding) }
        }
        return found
    }

    private func check(_ state: State, _ context: ValidationContext) -> Diagnostic? {
        guard state.type == .wait, let node = state.node["Timestamp"], let text = node.stringValue else { return nil }
        if state.queryLanguage == .jsonata, JSONataChecker.isExpression(text) { return nil }
        if ByteText.contains(text, "${") || Self.isRFC3339(text) { return nil }
        return context.diagnostic(Self.invalid, "\"\(text)\" is not an RFC 3339 timestamp such as 2026-03-14T01:59:00Z.", at: node.position, pointer: state.pointer + "/Timestamp", state: state.name)
    }

    /// `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)` with calendar and clock ranges checked.
    static func isRFC3339(_ s: String) -> Bool {
        let c = Array(s.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= c.count else { return nil }
            var v = 0
            for i in from..<(from + count) {
                guard c[i] >= 48, c[i] <= 57 else { return nil }
                v = v * 10 + Int(c[i] - 48)
            }
            return v
        }
        guard c.count >= 20, let year = digits(0, 4), c[4] == 45, let month = digits(5, 2), c[7] == 45, let day = digits(8, 2),
            c[10] == 84 || c[10] == 116, let hour = digits(11, 2), c[13] == 58, let minute = digits(14, 2), c[16] == 58,
            let second = digits(17, 2)
        else { return false }
        let daysInMonth = [31, (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), (1...daysInMonth[month - 1]).contains(day), hour < 24, minute < 60, second < 61 else { return false }
        var i = 19
        if i < c.count, c[i] == 46 {
            i += 1
            let start = i
            while i < c.count, c[i] >= 48, c[i] <= 57 { i += 1 }
            if i == start { return false }
        }
        guard i < c.count else { return false }
        if c[i] == 90 || c[i] == 122 { return i == c.count - 1 }
        guard c[i] == 43 || c[i] == 45, let zh = digits(i + 1, 2), c.count == i + 6, c[i + 3] == 58, let zm = digits(i + 4, 2) else { return false }
        return zh < 24 && zm < 60
    }
}
