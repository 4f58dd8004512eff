/// Synthetic definitions of realistic shape for the benchmark: many Task states with Retry and
/// Catch, Choices and a Parallel, generated deterministically.
enum GeneratedMachines {
    /// About 1.15 MB for 5,000 states (compact): a chain of Lambda tasks, each with a timeout, a
    /// retrier and a catch-all catcher, with short names and payloads as real machines have.
    /// Without `timeouts`, every Task draws a `task-timeout-missing` warning.
    static func taskChain(states: Int, pretty: Bool, timeouts: Bool = true) -> String {
        var parts: [String] = []
        parts.reserveCapacity(states + 2)
        for i in 0..<states {
            let next = i + 1 < states ? "\"Next\":\"S\(i + 1)\"" : "\"End\":true"
            parts.append(
                "\"S\(i)\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:w\(i % 17)\",\(timeouts ? "\"TimeoutSeconds\":30," : "")"
                    + "\"Retry\":[{\"ErrorEquals\":[\"States.TaskFailed\"],\"MaxAttempts\":2}],"
                    + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Failed\"}],\(next)}")
        }
        parts.append("\"Failed\":{\"Type\":\"Fail\",\"Error\":\"Pipeline.Failed\"}")
        let compact = "{\"Comment\":\"generated\",\"StartAt\":\"S0\",\"States\":{" + parts.joined(separator: ",") + "}}"
        return pretty ? prettyPrint(compact) : compact
    }

    /// A mixed machine: Choices, Waits, Parallel branches and Maps between tasks, seven states a
    /// block (about 0.83 MB per 500 blocks pretty-printed, 12.4 MB per 15,000 compact).
    static func mixed(blocks: Int, pretty: Bool = true) -> String {
        var states: [String] = []
        for b in 0..<blocks {
            let next = b + 1 < blocks ? "Route \(b + 1)" : "Done"
            states.append("\"Route \(b)\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.kind\",\"StringEquals\":\"fast\",\"Next\":\"Fast \(b)\"},{\"And\":[{\"Variable\":\"$.n\",\"NumericGreaterThan\":10},{\"Variable\":\"$.flag\",\"BooleanEquals\":true}],\"Next\":\"Fan \(b)\"}],\"Default\":\"Pause \(b)\"}")
            states.append("\"Fast \(b)\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage\",\"TimeoutSeconds\":10,\"Next\":\"\(next)\"}")
            states.append("\"Pause \(b)\":{\"Type\":\"Wait\",\"Seconds\":5,\"Next\":\"\(next)\"}")
            states.append("\"Fan \(b)\":{\"Type\":\"Parallel\",\"Branches\":[{\"StartAt\":\"A \(b)\",\"States\":{\"A \(b)\":{\"Type\":\"Pass\",\"End\":true}}},{\"StartAt\":\"Each \(b)\",\"States\":{\"Each \(b)\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"MaxConcurrency\":4,\"ItemProcessor\":{\"StartAt\":\"Item \(b)\",\"States\":{\"Item \(b)\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::dynamodb:putItem\",\"TimeoutSeconds\":5,\"End\":true}}},\"End\":true}}}],\"Next\":\"\(next)\"}")
        }
        states.append("\"Done\":{\"Type\":\"Succeed\"}")
        let compact = "{\"StartAt\":\"Route 0\",\"States\":{" + states.joined(separator: ",") + "}}"
        return pretty ? prettyPrint(compact) : compact
    }

    /// Indents compact JSON two spaces per level (strings are copied verbatim).
    static func prettyPrint(_ compact: String) -> String {
        var out = ""
        out.reserveCapacity(compact.utf8.count * 2)
        var depth = 0
        var inString = false
        var escaped = false
        for c in compact {
            if inString {
                out.append(c)
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            switch c {
            case "\"": inString = true; out.append(c)
            case "{", "[": depth += 1; out.append(c); out += "\n" + String(repeating: "  ", count: depth)
            case "}", "]": depth -= 1; out += "\n" + String(repeating: "  ", count: depth); out.append(c)
            case ",": out += ",\n" + String(repeating: "  ", count: depth)
            case ":": out += ": "
            default: out.append(c)
            }
        }
        return out
    }
}
