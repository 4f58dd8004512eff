import ASLAnalysis
import ASLLoad
import ASLModel
import Foundation

/// The `timing` and `paths` stages: analyses of the 5,000-state compact machine, reported as a
/// ratio to JSONSerialization parsing that machine's bytes in the same run.
enum AnalysisStages {
    /// The compact 5,000-state machine's bytes and model, built once outside the timed parts.
    static func machine() -> (bytes: [UInt8], machine: StateMachine) {
        let bytes = Array(GeneratedMachines.taskChain(states: 5000, pretty: false).utf8)
        guard let root = JSONReader.parse(bytes, file: "bench.json").root else { fatalError("generated machine does not parse") }
        return (bytes, StateMachineBuilder.build(root))
    }

    /// Where the time of read + validate goes: each phase alone, on each generated machine.
    static func phases() {
        print("== phases of load + validate, as ratios to JSONSerialization (same bytes, same run)")
        let inputs = [
            ("5,000 Task states, compact", GeneratedMachines.taskChain(states: 5000, pretty: false)),
            ("mixed 500 blocks, pretty", GeneratedMachines.mixed(blocks: 500)),
        ]
        for (name, text) in inputs {
            let bytes = Array(text.utf8)
            guard let root = JSONReader.parse(bytes, file: "bench.json").root else { continue }
            let machine = StateMachineBuilder.build(root)
            let baseline = Measure.jsonSerialization(bytes)
            let read = Measure.seconds { _ = JSONReader.parse(bytes, file: "bench.json") }
            let build = Measure.seconds { _ = StateMachineBuilder.build(root) }
            let graph = Measure.seconds { _ = MachineGraph(machine: machine) }
            let validate = Measure.seconds { _ = Validator.validate(machine, file: "bench.json") }
            print(String(format: "%@: JSONSerialization %@; read %.2f, build model %.2f, graphs %.2f, validate model (graphs included) %.2f",
                name, Measure.format(baseline), read / baseline, build / baseline, graph / baseline, validate / baseline))
            // Reading without freeing the tree inside the timed part, then freeing alone.
            var kept: [ReadResult] = []
            let runs = 7
            let readOnly = Measure.seconds(runs: runs) { kept.append(JSONReader.parse(bytes, file: "bench.json")) }
            let freeing = Measure.seconds(runs: 1) { kept.removeAll() } / Double(runs)
            print(String(format: "  of the read: reading %.2f, freeing the tree %.2f", readOnly / baseline, freeing / baseline))
        }
    }

    static func timing() {
        print("== timing analysis vs Foundation JSONSerialization (5,000 Task states, compact)")
        let (bytes, machine) = machine()
        let baseline = Measure.jsonSerialization(bytes)
        let timing = Measure.seconds { _ = TimingAnalyzer.analyze(machine) }
        print(String(format: "JSONSerialization %@; TimingAnalyzer.analyze %@ (ratio %.2f)",
            Measure.format(baseline), Measure.format(timing), timing / baseline))
    }

    static func paths() {
        print("== path analysis vs Foundation JSONSerialization (5,000 Task states, compact)")
        let (bytes, machine) = machine()
        let graph = MachineGraph(machine: machine)
        let baseline = Measure.jsonSerialization(bytes)
        let count = Measure.seconds { for scope in graph.scopes { _ = PathAnalysis.countPaths(scope) } }
        // Quadratic in a chain (one path per catcher edge, each as long as the chain): few runs.
        let cover = Measure.seconds(runs: 2) { for scope in graph.scopes { _ = PathAnalysis.testPaths(scope) } }
        let paths = graph.scopes.reduce(0) { $0 + PathAnalysis.testPaths($1).count }
        print(String(format: "JSONSerialization %@; countPaths %@ (ratio %.2f); testPaths %@ (ratio %.2f, %d paths over %d scopes)",
            Measure.format(baseline), Measure.format(count), count / baseline, Measure.format(cover), cover / baseline,
            paths, graph.scopes.count))
    }
}
