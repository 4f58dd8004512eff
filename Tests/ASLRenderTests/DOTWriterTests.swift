import ASLModel
import ASLRender
import ASLSource
import Foundation
import TestSupport
import Testing

@Suite struct DOTWriterTests {
    @Test func smallMachineGolden() {
        let dot = DOTWriter().write(Fixtures.machine(Fixtures.small))
        #expect(Golden.mismatch(dot, golden: "small.dot") == nil)
    }

    @Test func collapsedGolden() {
        var options = DiagramOptions()
        options.collapse = true
        let dot = DOTWriter(options: options).write(Fixtures.machine(Fixtures.small))
        #expect(Golden.mismatch(dot, golden: "small-collapsed.dot") == nil)
        #expect(!dot.contains("subgraph"))
    }

    @Test func overlaysGolden() {
        var options = DiagramOptions(title: "Charge flow")
        options.highlight = HighlightedPath(stateNames: ["Charge", "Big?", "Fan out", "Done"], caption: "worst case 18 min")
        options.coverage = CoverageOverlay(
            coveredStates: ["Charge", "Big?", "Done"],
            coveredTransitions: [TransitionRef(from: "Charge", to: "Big?"), TransitionRef(from: "Big?", to: "Done")])
        options.diagnostics = [
            Diagnostic(ruleID: "state-unreachable", severity: .error, message: "Orphan is unreachable.", file: "x", position: nil, stateName: "Orphan")
        ]
        let dot = DOTWriter(options: options).write(Fixtures.machine(Fixtures.small))
        #expect(Golden.mismatch(dot, golden: "small-overlays.dot") == nil)
    }

    @Test(arguments: Fixtures.sampleNames)
    func sampleGolden(_ name: String) throws {
        let dot = DOTWriter().write(try Fixtures.sample(name))
        #expect(Golden.mismatch(dot, golden: "samples/" + name.replacingOccurrences(of: ".asl.json", with: ".dot")) == nil)
    }

    @Test func longCaptionsAreWrappedAtSpaces() {
        var options = DiagramOptions(title: "Charge flow")
        let words = (1...30).map { "word\($0)" }.joined(separator: " ")
        options.highlight = HighlightedPath(stateNames: [], caption: words)
        let dot = DOTWriter(options: options).write(Fixtures.machine(Fixtures.small))
        let graphLine = dot.split(separator: "\n").first { $0.contains("graph [") }.map(String.init) ?? ""
        let label = graphLine.components(separatedBy: "label=\"").dropFirst().first ?? ""
        let lines = String(label.prefix { $0 != "\"" }).components(separatedBy: "\\n")
        #expect(lines.first == "Charge flow")
        #expect(lines.map(\.count) == [11, 66, 69, 69, 6])
        #expect(lines.allSatisfy { $0.count <= 72 })
        #expect(lines.dropFirst().joined(separator: " ") == "Highlighted: " + words)
    }

    @Test func unreachableStateIsGreyedAndClassed() {
        let dot = DOTWriter().write(Fixtures.machine(Fixtures.small))
        let line = dot.split(separator: "\n").first { $0.contains("[id=\"state-orphan\"") }
        #expect(line?.contains("class=\"state pass unreachable\"") == true)
        #expect(line?.contains("fillcolor=\"#EEEEEE\"") == true)
    }

    @Test func retryBadgeAndChoiceLabels() {
        let dot = DOTWriter().write(Fixtures.machine(Fixtures.small))
        #expect(dot.contains("timeout 30 s  ·  ↻ ×3, ≤ 7 s"))
        #expect(dot.contains("label=\"$.amount > 100\""))
        #expect(dot.contains("label=\"not $.x present\""))
        #expect(dot.contains("label=\"Default\""))
        #expect(dot.contains("\"state-charge\" -> \"state-failed\" [id=\"edge-state-charge--state-failed\", class=\"edge-catch\", label=\"States.ALL\""))
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        for name in Fixtures.sampleNames {
            let machine = try Fixtures.sample(name)
            let again = Fixtures.machine(try String(contentsOf: SharedData.projectFile("Samples/\(name)"), encoding: .utf8))
            #expect(DOTWriter().write(machine) == DOTWriter().write(again))
            #expect(MermaidWriter().write(machine) == MermaidWriter().write(machine))
        }
    }
}
