import ASLAnalysis
import ASLLoad
import ASLModel
import Testing

/// Builds machines from JSON text for the timing tests.
enum TimingFixtures {
    static func machine(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> StateMachine {
        let read = JSONReader.parse(json, file: "test.asl.json")
        let root = try #require(read.root, "fixture does not parse: \(read.diagnostics)", sourceLocation: sourceLocation)
        return StateMachineBuilder.build(root)
    }

    static func report(_ json: String, _ assumptions: Assumptions = Assumptions()) throws -> TimingReport {
        TimingAnalyzer.analyze(try machine(json), assumptions: assumptions)
    }

    /// The first state named `name` in any scope of `machine`.
    static func state(_ name: String, in machine: StateMachine) throws -> State {
        try #require(machine.allStates.first { $0.state.name == name }?.state)
    }

    /// A machine with one Task named `Work` carrying `fields` (JSON members without braces).
    static func singleTask(_ fields: String) -> String {
        """
        {"StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", \(fields), "End": true}}}
        """
    }

    /// The names along a witness, with loops as `{A,B}×3` and catches as `A!>B`.
    static func names(_ path: [WitnessStep]) -> [String] {
        path.map { step in
            var text = step.loopStates.isEmpty ? step.state : "{\(step.loopStates.joined(separator: ","))}×\(step.loopTimes ?? 0)"
            if case .caught(_, let target) = step.exit { text += "!>\(target)" }
            return text
        }
    }
}
