import ASLAnalysis
import ASLGraphviz
import ASLLoad
import ASLModel
import ASLRender
import Foundation

/// Stages for the later issues: expression checking's share of validation, in-process SVG
/// against the `dot` program, and a diff against one analysis.
enum ReportStages {
    /// A JSONata machine of about 1 MB: every state assigns and reads variables in expressions.
    static func jsonataMachine(states: Int) -> String {
        var parts: [String] = []
        for i in 0..<states {
            let next = i + 1 < states ? "\"Next\":\"Price \(i + 1)\"" : "\"End\":true"
            parts.append(
                "\"Price \(i)\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"TimeoutSeconds\":\"{% $timeout %}\","
                    + "\"Arguments\":{\"FunctionName\":\"pricing-\(i % 13)\",\"Payload\":{\"items\":\"{% $states.input.cart.items[price > \(i % 50)].{'sku': sku, 'total': qty * price} %}\",\"total\":\"{% $sum($states.input.cart.items.(qty * price)) + $surcharge %}\"}},"
                    + "\"Assign\":{\"surcharge\":\"{% $states.result.Payload.surcharge ? $states.result.Payload.surcharge : 0 %}\",\"timeout\":\"{% $max([$timeout, \(i % 30 + 1)]) %}\"},"
                    + "\"Output\":\"{% $merge([$states.input, {'price\(i)': $states.result.Payload.total}]) %}\",\(next)}")
        }
        return "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"Init\",\"States\":{\"Init\":{\"Type\":\"Pass\",\"Assign\":{\"timeout\":30,\"surcharge\":0},\"Next\":\"Price 0\"},"
            + parts.joined(separator: ",") + "}}"
    }

    static func expressions() {
        print("== expression and variable checks on a JSONata-heavy machine")
        let text = jsonataMachine(states: 1_600)
        let bytes = Array(text.utf8)
        guard let root = JSONReader.parse(bytes, file: "bench.json").root else { return }
        let machine = StateMachineBuilder.build(root)
        let data = Data(bytes)
        let paired = Measure.pair(runs: 5, { _ = Validator.validate(machine, file: "bench.json") }, baseline: { Measure.jsonSerialization(data) })
        let total = paired.candidateMedian
        var shares: [String: Double] = [:]
        for _ in 0..<3 {
            for (check, seconds) in ValidationProfile.measure(machine, file: "bench.json") {
                shares[check] = min(shares[check] ?? .infinity, seconds)
            }
        }
        let expressionShare = shares["ExpressionCheck"] ?? 0
        print(String(format: "%.2f MB, %d states: validate %@ to JSONSerialization; expression and variable checks %@, %.0f%% of validation",
            Double(bytes.count) / 1_048_576, machine.allStates.count, paired.summary,
            Measure.format(expressionShare), 100 * expressionShare / max(total, 1e-9)))
        for (check, seconds) in shares.sorted(by: { $0.value > $1.value }).prefix(5) {
            print("  \(check): \(Measure.format(seconds))")
        }
    }

    static func render() {
        print("== SVG in-process (libgvc) vs the dot program on the same DOT (paired)")
        for states in [100, 1_000] {
            let dot = SyntheticMachine.dot(stateCount: states)
            let runs = states > 500 ? 2 : 5
            let svg = Measure.pair(runs: runs, { _ = try? GraphvizRenderer().render(dot: dot, format: .svg) },
                baseline: { _ = try? DotSubprocess.render(dot: dot, format: .svg) })
            let write = Measure.seconds(runs: runs) { _ = DOTWriter().write(SyntheticMachine.machine(stateCount: states)) }
            print("\(states) states: in-process vs dot -Tsvg \(svg.summary); writing the DOT \(Measure.format(write))")
        }
    }

    static func diff() {
        print("== diff of two ~1 MB machines that differ in a few states, vs one analysis")
        let base = GeneratedMachines.taskChain(states: 5_000, pretty: false)
        var head = base.replacingOccurrences(of: "\"Step 1500\"", with: "\"Step 1500 renamed\"")
        for i in [10, 1_000, 4_000] {
            head = head.replacingOccurrences(of: "\"Step \(i)\":{\"Type\":\"Task\"", with: "\"Step \(i)\":{\"Type\":\"Task\",\"HeartbeatSeconds\":10")
        }
        let diff = Measure.pair(runs: 5, { _ = DiffBenchmark.diff(base: base, head: head) }, baseline: { _ = DiffBenchmark.analyseOnce(base) })
        print(String(format: "%.2f MB: diff vs one analysis %@", Double(base.utf8.count) / 1_048_576, diff.summary))
    }
}

extension ReportStages {
    /// Each check's time on the generated machines, slowest first.
    static func checks() {
        print("== time per check (minimum of 3 runs)")
        for (name, text) in [("5,000 Task states, compact", GeneratedMachines.taskChain(states: 5_000, pretty: false)), ("mixed 500 blocks", GeneratedMachines.mixed(blocks: 500))] {
            guard let root = JSONReader.parse(text, file: "bench.json").root else { continue }
            let machine = StateMachineBuilder.build(root)
            var best: [String: Double] = [:]
            for _ in 0..<3 {
                for (check, seconds) in ValidationProfile.measure(machine, file: "bench.json") { best[check] = min(best[check] ?? .infinity, seconds) }
            }
            let total = best.values.reduce(0, +)
            print("\(name): \(Measure.format(total)) in all")
            for (check, seconds) in best.sorted(by: { $0.value > $1.value }).prefix(6) {
                print(String(format: "  %@ %@ (%.0f%%)", check, Measure.format(seconds), 100 * seconds / total))
            }
        }
    }
}
