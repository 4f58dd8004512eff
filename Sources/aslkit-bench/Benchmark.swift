import ASLAnalysis
import ASLLoad
import ASLModel
import Foundation

/// `swift run -c release aslkit-bench [stage…]`: measures each stage against a baseline taken
/// in the same run and prints ratios. Stages: `validate` (default: all).
@main
struct Benchmark {
    static func main() {
        let stages = Set(CommandLine.arguments.dropFirst())
        let all = stages.isEmpty
        if all || stages.contains("validate") { validateStage() }
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
            let baseline = Measure.seconds { _ = try? JSONSerialization.jsonObject(with: data) }
            let readOnly = Measure.seconds { _ = JSONReader.parse(bytes, file: "bench.json") }
            let full = Measure.seconds {
                let read = JSONReader.parse(bytes, file: "bench.json")
                if let root = read.root { _ = Validator.validate(definition: root, file: "bench.json") }
            }
            let mb = Double(bytes.count) / 1_048_576
            print(String(format: "%@ (%.2f MB): JSONSerialization %@; read %@ (%.0f MB/s, ratio %.2f); read + validate %@ (ratio %.2f)",
                name, mb, Measure.format(baseline), Measure.format(readOnly), mb / readOnly, readOnly / baseline, Measure.format(full), full / baseline))
        }
        if let peak = Measure.peakMemoryMB() { print(String(format: "peak memory %.0f MB", peak)) }
    }
}
