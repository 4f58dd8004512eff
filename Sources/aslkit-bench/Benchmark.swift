import ASLAnalysis
import ASLLoad
import ASLGraphviz
import ASLModel
import Foundation

/// `swift run -c release aslkit-bench [stage…]`: measures each stage against a baseline taken
/// in the same run, paired (see `Measure.pair`), and prints the median ratio with its range.
/// In-process stages: `validate` (default when none is named), `phases` (read, build, validate
/// apart), `timing`, `expressions`, `render`, `layout`, `diff`, `peer`, `checks`, `paths` (most
/// memory of these). Whole-process stages (need the release `aslkit` beside this executable:
/// `swift build -c release` first): `process-validate`, `process-scale`, `big-inputs` (see
/// `ProcessStages`). `readme` runs the stages whose figures the README's Performance section
/// quotes. `profile-read`, `profile-validate`, `profile-mixed`, `profile-pipeline` and
/// `profile-build` run a few passes for `perf record`.
@main
struct Benchmark {
    static func main() {
        // The layout stage's workers are this executable in worker mode.
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.first == LayoutWorker.command { exit(LayoutWorker.main(arguments: Array(arguments.dropFirst()))) }
        if arguments.first == ChildProcess.launcherCommand { exit(ChildProcess.launch(Array(arguments.dropFirst()))) }
        if arguments.first == ProcessStages.parseOnlyCommand, arguments.count == 2 { exit(ProcessStages.parseOnly(arguments.last!)) }
        var stages = Set(arguments)
        if stages.remove("readme") != nil { stages.formUnion(readmeStages) }
        let run: [(String, () -> Void)] = [
            ("validate", validateStage), ("phases", AnalysisStages.phases), ("timing", AnalysisStages.timing),
            ("expressions", ReportStages.expressions), ("render", ReportStages.render), ("diff", ReportStages.diff),
            ("peer", PeerStage.run), ("layout", LayoutStage.run), ("checks", ReportStages.checks),
            ("paths", AnalysisStages.paths),
            ("process-validate", ProcessStages.validate), ("process-scale", ProcessStages.scale), ("big-inputs", ProcessStages.bigInputs),
            ("profile-read", profileRead), ("profile-validate", { profileValidate(GeneratedMachines.taskChain(states: 5000, pretty: false)) }),
            ("profile-mixed", { profileValidate(GeneratedMachines.mixed(blocks: 500)) }),
            ("profile-pipeline", { profilePipeline(GeneratedMachines.mixed(blocks: 500)) }),
            ("profile-build", { profileBuild(GeneratedMachines.mixed(blocks: 500)) }),
        ]
        for (name, stage) in run where stages.contains(name) || (stages.isEmpty && name == "validate") {
            stage()
            // The process's high-water mark: stages that need more memory must come later.
            if let peak = Measure.peakMemoryMB() { print(String(format: "peak memory so far %.0f MB", peak)) }
        }
    }

    /// The stages behind the README's Performance figures.
    static let readmeStages: Set<String> = ["validate", "peer", "paths", "process-validate", "process-scale", "big-inputs"]

    /// Read passes on the compact machine, for `perf record`.
    static func profileRead() {
        let bytes = Array(GeneratedMachines.taskChain(states: 5000, pretty: false).utf8)
        for _ in 0..<20 { _ = JSONReader.parse(bytes, file: "bench.json") }
    }

    /// Read + validate passes on one machine, for `perf record`.
    static func profileValidate(_ text: String) {
        let bytes = Array(text.utf8)
        for _ in 0..<10 {
            let read = JSONReader.parse(bytes, file: "bench.json")
            if let root = read.root { _ = Validator.validate(definition: root, file: "bench.json") }
        }
    }

    /// Passes of the validate command's pipeline on one machine, for `perf record`.
    static func profilePipeline(_ text: String) {
        let source = SourceText(path: "bench.json", text: text)
        for _ in 0..<20 { _ = ValidationRunner.run(source) }
    }

    /// Model building alone on one machine, for `perf record`.
    static func profileBuild(_ text: String) {
        guard let root = JSONReader.parse(Array(text.utf8), file: "bench.json").root else { return }
        var kept: [StateMachine] = []
        for _ in 0..<40 { kept.append(StateMachineBuilder.build(root)) }
    }

    static func validateStage() {
        print("== load + validate vs Foundation JSONSerialization (same bytes, same run)")
        let inputs = [
            ("5,000 Task states, compact", GeneratedMachines.taskChain(states: 5000, pretty: false)),
            ("5,000 Task states, pretty", GeneratedMachines.taskChain(states: 5000, pretty: true)),
            ("mixed 500 blocks, pretty", GeneratedMachines.mixed(blocks: 500)),
        ]
        for (name, text) in inputs {
            let bytes = Array(text.utf8)
            let data = Data(bytes)
            let baseline = { Measure.jsonSerialization(data) }
            let readOnly = Measure.pair({ _ = JSONReader.parse(bytes, file: "bench.json") }, baseline: baseline)
            let full = Measure.pair({
                let read = JSONReader.parse(bytes, file: "bench.json")
                if let root = read.root { _ = Validator.validate(definition: root, file: "bench.json") }
            }, baseline: baseline)
            // What `aslkit validate` runs: load (format detection, extraction), build, check,
            // with the document freed in the background.
            let source = SourceText(path: "bench.json", text: text)
            let pipeline = Measure.pair({ _ = ValidationRunner.run(source) }, baseline: baseline)
            let mb = Double(bytes.count) / 1_048_576
            print(String(format: "%@ (%.2f MB), JSONSerialization median %@:", name, mb, Measure.format(pipeline.baselineMedian)))
            print(String(format: "  read %@ (%.0f MB/s)", readOnly.summary, mb / readOnly.candidateMedian))
            print("  read + validate \(full.summary)")
            print("  validate command's pipeline \(pipeline.summary)")
        }
    }
}
