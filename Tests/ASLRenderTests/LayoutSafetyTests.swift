import ASLAnalysis
import ASLGraphviz
import ASLRender
import Foundation
import Testing

/// The DOT constructs that crashed or stalled Graphviz (issue 13) are not written, and
/// generated valid machines lay out without a crash.
@Suite struct LayoutSafetyTests {
    /// A Choice chain whose `Default` edges all lead to one shared Fail: `dot` ran for minutes.
    static func defaultChain(_ count: Int) -> String {
        var states: [String] = []
        for i in 0..<count {
            let next = i + 1 < count ? "C\(i + 1)" : "Done"
            states.append("\"C\(i)\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.x\", \"NumericEquals\": \(i), \"Next\": \"\(next)\"}], \"Default\": \"Failed\"}")
        }
        states += ["\"Done\": {\"Type\": \"Succeed\"}", "\"Failed\": {\"Type\": \"Fail\", \"Error\": \"E\"}"]
        return "{\"StartAt\": \"C0\", \"States\": {\(states.joined(separator: ", "))}}"
    }

    /// Seeded random valid machines of Tasks with Catch and Choices, all jumping forward.
    static func randomMachine(seed: UInt64) -> String {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let count = 3 + next(10)
        let handlers = ["H0", "H1"]
        var states: [String] = []
        for i in 0..<count {
            let ahead = { i + 1 + next(max(1, count - i)) }
            func target() -> String { let t = ahead(); return t >= count ? handlers[next(2)] : "T\(t)" }
            if next(2) == 0 {
                let rules = (0...next(3)).map { "{\"Variable\": \"$.x\", \"NumericEquals\": \($0), \"Next\": \"\(target())\"}" }
                states.append("\"T\(i)\": {\"Type\": \"Choice\", \"Choices\": [\(rules.joined(separator: ", "))], \"Default\": \"\(target())\"}")
            } else {
                let catcher = "\"Catch\": [{\"ErrorEquals\": [\"\(next(2) == 0 ? "E" : "States.Timeout")\"], \"Next\": \"\(target())\"}]"
                let onward = i + 1 < count && next(4) != 0 ? "\"Next\": \"\(target())\"" : "\"End\": true"
                states.append("\"T\(i)\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \(catcher), \(onward)}")
            }
        }
        states += ["\"H0\": {\"Type\": \"Succeed\"}", "\"H1\": {\"Type\": \"Fail\", \"Error\": \"X\"}"]
        return "{\"StartAt\": \"T0\", \"States\": {\(states.joined(separator: ", "))}}"
    }

    static func edgeLines(_ dot: String) -> [Substring] { dot.split(separator: "\n").filter { $0.contains(" -> ") } }

    @Test func noLabelOnANonRankingEdge() {
        for seed in UInt64(0)..<300 {
            let dot = DOTWriter().write(Fixtures.machine(Self.randomMachine(seed: seed)))
            let bad = Self.edgeLines(dot).filter { $0.contains("constraint=false") && $0.contains(" label=") }
            #expect(bad.isEmpty, "seed \(seed): \(bad)")
        }
    }

    /// Two Tasks catching into one handler: a small drawing ranks both Catch edges and labels
    /// them inside the layout (an `xlabel` on the flat second edge was drawn across the handler);
    /// past the inline-label limit only the first is ranked, and the other's label is an `xlabel`.
    @Test func smallDrawingsRankEveryCatchEdge() {
        func machine(extraStates: Int) -> String {
            let catcher = "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Rejected\"}]"
            var states = [
                "\"A\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \(catcher), \"Next\": \"B\"}",
                "\"B\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \(catcher), \"Next\": \"P0\"}",
                "\"Rejected\": {\"Type\": \"Fail\"}",
            ]
            states += (0..<extraStates).map { "\"P\($0)\": {\"Type\": \"Pass\", " + ($0 + 1 < extraStates ? "\"Next\": \"P\($0 + 1)\"}" : "\"End\": true}") }
            return "{\"StartAt\": \"A\", \"States\": {\(states.joined(separator: ", "))}}"
        }
        let small = Self.edgeLines(DOTWriter().write(Fixtures.machine(machine(extraStates: 5)))).filter { $0.contains("class=\"edge-catch\"") }
        #expect(small.count == 2)
        #expect(small.allSatisfy { $0.contains(" label=\"States.ALL\"") && !$0.contains("constraint=false") && !$0.contains("xlabel") })
        let large = Self.edgeLines(DOTWriter().write(Fixtures.machine(machine(extraStates: 90)))).filter { $0.contains("class=\"edge-catch\"") }
        #expect(large.map { $0.contains("constraint=false") } == [false, true])
        #expect(large.allSatisfy { $0.contains("xlabel=\"States.ALL\"") })
    }

    @Test func sharedDefaultTargetIsDrawnAsProxies() {
        let dot = DOTWriter().write(Fixtures.machine(Self.defaultChain(200)))
        let intoFailed = Self.edgeLines(dot).filter { $0.contains("-> \"state-failed\"") }
        let intoProxies = Self.edgeLines(dot).filter { $0.contains("-> \"proxy-") && $0.contains("-state-failed\"") }
        #expect(intoFailed.count == 1)
        #expect(intoProxies.count == 199)
        #expect(dot.contains("// 199 transitions into states entered more than 3 times drawn to proxies\n"))
        #expect(dot.contains("\"proxy-199-state-failed\" [id=\"proxy-199-state-failed\""))
    }

    @Test func parallelRulesBecomeOneEdge() {
        let rules = (0..<40).map { "{\"Variable\": \"$.x\", \"NumericEquals\": \($0), \"Next\": \"E\($0 % 2)\"}" }
        let json = "{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Choices\": [\(rules.joined(separator: ", "))], \"Default\": \"E0\"}, \"E0\": {\"Type\": \"Pass\", \"End\": true}, \"E1\": {\"Type\": \"Pass\", \"End\": true}}}"
        let lines = Self.edgeLines(DOTWriter().write(Fixtures.machine(json))).filter { $0.contains("class=\"edge-choice\"") }
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains("label=\"20 rules\"") })
    }

    /// In-process, as the worker does it: 300 seeded machines, SVG, no crash.
    @Test func generatedMachinesLayOutWithoutACrash() throws {
        for seed in UInt64(0)..<300 {
            let out = try GraphvizRenderer().render(dot: DOTWriter().write(Fixtures.machine(Self.randomMachine(seed: seed))), format: .svg)
            #expect(out.bytes.starts(with: Array("<?xml".utf8)), "seed \(seed)")
        }
    }
}
