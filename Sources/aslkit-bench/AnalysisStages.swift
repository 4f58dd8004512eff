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
            let data = Data(bytes)
            let baseline = { Measure.jsonSerialization(data) }
            let read = Measure.pair({ _ = JSONReader.parse(bytes, file: "bench.json") }, baseline: baseline)
            let build = Measure.pair({ _ = StateMachineBuilder.build(root) }, baseline: baseline)
            let graph = Measure.pair({ _ = MachineGraph(machine: machine) }, baseline: baseline)
            let validate = Measure.pair({ _ = Validator.validate(machine, file: "bench.json") }, baseline: baseline)
            print("\(name): JSONSerialization median \(Measure.format(read.baselineMedian))")
            print("  read \(read.ratioText), build model \(build.ratioText), graphs \(graph.ratioText), validate model (graphs included) \(validate.ratioText)")
            // Reading without freeing the tree inside the timed part, then freeing alone.
            var kept: [ReadResult] = []
            let runs = 7
            let readOnly = Measure.seconds(runs: runs) { kept.append(JSONReader.parse(bytes, file: "bench.json")) }
            let freeing = Measure.seconds(runs: 1) { kept.removeAll() } / Double(runs)
            let baselineBest = Measure.seconds { baseline() }
            print(String(format: "  of the read (minimum of runs, not paired): reading %.2f, freeing the tree %.2f", readOnly / baselineBest, freeing / baselineBest))
        }
    }

    static func timing() {
        print("== timing analysis vs Foundation JSONSerialization (5,000 Task states, compact; paired)")
        let (bytes, machine) = machine()
        let data = Data(bytes)
        let timing = Measure.pair({ _ = TimingAnalyzer.analyze(machine) }, baseline: { Measure.jsonSerialization(data) })
        print("TimingAnalyzer.analyze \(timing.summary) (JSONSerialization)")
    }

    static func paths() {
        print("== path analysis vs Foundation JSONSerialization (5,000 Task states, compact; paired)")
        let (bytes, machine) = machine()
        let graph = MachineGraph(machine: machine)
        let data = Data(bytes)
        let baseline = { Measure.jsonSerialization(data) }
        let count = Measure.pair({ for scope in graph.scopes { _ = PathAnalysis.countPaths(scope) } }, baseline: baseline)
        let cover = Measure.pair(runs: 3, { for scope in graph.scopes { _ = PathAnalysis.testPaths(scope) } }, baseline: baseline)
        let paths = graph.scopes.reduce(0) { $0 + PathAnalysis.testPaths($1).count }
        print("countPaths \(count.summary)")
        print("testPaths \(cover.summary); \(paths) paths over \(graph.scopes.count) scopes")
    }
}
