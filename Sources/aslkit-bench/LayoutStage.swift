import ASLGraphviz
import ASLLoad
import ASLModel
import ASLRender
import Foundation

/// `layout`: SVG through the supervised worker (this executable in worker mode, with the
/// fallback chain) against `dot -Tsvg` on the same full DOT, in the same run; and the
/// generated worst cases of issue 13.
enum LayoutStage {
    static func run() {
        print("== SVG through the layout worker vs dot -Tsvg on the same DOT (paired)")
        let supervisor = LayoutSupervisor(worker: LayoutSupervisor.currentExecutable)
        var cases: [(String, StateMachine)] = [
            ("synthetic 120 states", SyntheticMachine.machine(stateCount: 120)),
            ("synthetic 1,000 states", SyntheticMachine.machine(stateCount: 1_000)),
        ]
        for n in [200, 300, 450] { cases.append(("\(n) Choices, Default to one Fail", machine(defaultChain(n)))) }
        cases.append(("40-state complete graph", machine(completeGraph(40))))
        cases.append(("Choice with 10,000 rules to 50 states", machine(manyRules(10_000, targets: 50))))
        for (name, model) in cases {
            let drawing = MachineDrawing(machine: model, options: DiagramOptions())
            let candidates = MachineDrawing.simplifications.enumerated().map { index, simplification in
                LayoutCandidate(simplification: simplification) { drawing.dot(attempt: index) }
            }
            let dot = drawing.dot(attempt: 0)
            var drawn = -1
            let runs = model.allStates.count > 500 ? 2 : 3
            let paired = Measure.pair(runs: runs, { drawn = (try? supervisor.render(candidates, format: .svg))?.candidate ?? -1 },
                baseline: { _ = try? DotSubprocess.render(dot: dot, format: .svg, timeout: 60) })
            print("\(name): worker (drawing \(drawn)) vs dot -Tsvg \(paired.summary)\(paired.baseline.max() ?? 0 >= 60 ? " (dot stopped)" : "")")
        }
    }

    static func machine(_ json: String) -> StateMachine {
        let read = JSONReader.parse(json, file: "bench.json")
        return StateMachineBuilder.build(read.root!)
    }

    static func defaultChain(_ n: Int) -> String {
        let states = (0..<n).map { i in
            "\"C\(i)\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.x\", \"NumericEquals\": \(i), \"Next\": \"\(i + 1 < n ? "C\(i + 1)" : "Done")\"}], \"Default\": \"Failed\"}"
        } + ["\"Done\": {\"Type\": \"Succeed\"}", "\"Failed\": {\"Type\": \"Fail\", \"Error\": \"E\"}"]
        return "{\"StartAt\": \"C0\", \"States\": {\(states.joined(separator: ", "))}}"
    }

    static func completeGraph(_ n: Int) -> String {
        let states = (0..<n).map { i in
            let rules = (0..<n).filter { $0 != i }.map { "{\"Variable\": \"$.x\", \"NumericEquals\": \($0), \"Next\": \"S\($0)\"}" }
            return "\"S\(i)\": {\"Type\": \"Choice\", \"Choices\": [\(rules.joined(separator: ", "))], \"Default\": \"End\"}"
        } + ["\"End\": {\"Type\": \"Succeed\"}"]
        return "{\"StartAt\": \"S0\", \"States\": {\(states.joined(separator: ", "))}}"
    }

    static func manyRules(_ rules: Int, targets: Int) -> String {
        let list = (0..<rules).map { "{\"Variable\": \"$.x\", \"NumericEquals\": \($0), \"Next\": \"E\($0 % targets)\"}" }
        let ends = (0..<targets).map { "\"E\($0)\": {\"Type\": \"Pass\", \"End\": true}" }
        return "{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Choices\": [\(list.joined(separator: ", "))], \"Default\": \"E0\"}, \(ends.joined(separator: ", "))}}"
    }
}
