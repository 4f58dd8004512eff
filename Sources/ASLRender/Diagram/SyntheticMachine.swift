import ASLLoad
import ASLModel

/// Generated machines of a given size, for benchmarks and scale tests.
///
/// The shape is what large real machines look like: a long chain of Lambda tasks with
/// retries, all catching `States.ALL` into one shared handler, a Choice every tenth state
/// that may skip ahead, and every fiftieth an early exit to its own Succeed state.
public enum SyntheticMachine {
    /// ASL JSON with exactly `stateCount` states (at least 4).
    public static func json(stateCount: Int) -> String {
        let n = max(stateCount, 4)
        let chain = n - 3  // plus "Done", "Handle failure", "Failed"
        var exits: [Int] = []
        var states: [String] = []
        func name(_ i: Int) -> String { i >= chain ? "Done" : "Step \(i)" }
        var i = 0
        var emitted = 0
        while emitted < chain {
            if i % 10 == 9, emitted + 2 <= chain, i % 50 == 49 {
                exits.append(i)
                states.append(
                    "\"\(name(i))\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.v\", \"NumericGreaterThan\": \(i), \"Next\": \"Exit \(i)\"}], \"Default\": \"\(name(i + 1))\"}")
                states.append("\"Exit \(i)\": {\"Type\": \"Succeed\"}")
                emitted += 2
            } else if i % 10 == 9 {
                states.append(
                    "\"\(name(i))\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.v\", \"NumericLessThan\": \(i), \"Next\": \"\(name(min(i + 2, chain)))\"}], \"Default\": \"\(name(i + 1))\"}")
                emitted += 1
            } else {
                states.append(
                    "\"\(name(i))\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"TimeoutSeconds\": 30, \"Retry\": [{\"ErrorEquals\": [\"States.TaskFailed\"], \"MaxAttempts\": 2}], \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Handle failure\"}], \"Next\": \"\(name(i + 1))\"}")
                emitted += 1
            }
            i += 1
        }
        // Targets past the last step written lead to Done.
        let lastStep = i
        states.append("\"Done\": {\"Type\": \"Succeed\"}")
        states.append(
            "\"Handle failure\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::sns:publish\", \"TimeoutSeconds\": 10, \"Next\": \"Failed\"}")
        states.append("\"Failed\": {\"Type\": \"Fail\", \"Error\": \"StepFailed\"}")
        var text = "{\"Comment\": \"Synthetic machine of \(n) states\", \"StartAt\": \"Step 0\", \"States\": {\n"
        text += states.joined(separator: ",\n")
        text += "\n}}\n"
        for k in lastStep...(lastStep + 2) {
            text = text.replacingOccurrences(of: "\"Step \(k)\"", with: "\"Done\"")
        }
        return text
    }

    public static func machine(stateCount: Int) -> StateMachine {
        // The generated text is valid JSON by construction.
        StateMachineBuilder.build(JSONReader.parse(json(stateCount: stateCount), file: "synthetic.asl.json").root!)
    }

    /// DOT for a generated machine, written the tuned way or the naive way.
    public static func dot(stateCount: Int, tuning: LayoutTuning = .tuned, options: DiagramOptions = DiagramOptions()) -> String {
        var options = options
        options.tuning = tuning
        return DOTWriter(options: options).write(machine(stateCount: stateCount))
    }
}
