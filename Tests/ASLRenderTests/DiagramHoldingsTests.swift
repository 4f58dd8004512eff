import ASLAnalysis
import ASLLoad
import ASLModel
@testable import ASLRender
import Foundation
import Testing
import TestSupport

/// What a diagram holds while it is drawn (issue 12): Mermaid's diagram has no edge tooltips,
/// which a flowchart never writes, and the edge list is reserved for the scopes drawn only.
@Suite struct DiagramHoldingsTests {
    /// The samples with their findings and worst case, whole and collapsed without labels, and
    /// the many-Parallels machine whole and collapsed.
    static func cases() throws -> [(String, StateMachine, [DiagramOptions])] {
        var cases: [(String, StateMachine, [DiagramOptions])] = []
        for name in Fixtures.sampleNames + ["coverage/order-coverage.asl.json"] {
            let loaded = try #require(Loader.load(paths: [SharedData.projectFile("Samples/\(name)").path]).machines.first)
            let (machine, optionSets) = MermaidEdgeCountTests.optionSets(loaded)
            cases.append((name, machine, optionSets))
        }
        let parallels = try #require(LargeMachines.all.first { $0.0 == "parallels-45x2x6" })
        let machine = StateMachineBuilder.build(LargeMachines.loaded(parallels.1, file: parallels.0).definition)
        cases.append((parallels.0, machine, [DiagramOptions(), DiagramOptions(collapse: true)]))
        return cases
    }

    @Test func mermaidWithoutEdgeTooltipsIsTheMermaidOfTheWholeDiagram() throws {
        var tooltipsLeftOut = 0
        for (name, machine, optionSets) in try Self.cases() {
            for options in optionSets {
                let whole = DiagramBuilder.build(machine, options: options)
                let forMermaid = MermaidWriter.diagram(machine, options: options)
                #expect(forMermaid.edges.allSatisfy { $0.tooltip == nil }, "\(name)")
                tooltipsLeftOut += whole.edges.count { $0.tooltip != nil }
                // The same edges but for their tooltips, the same nodes, the same text.
                var stripped = whole
                for i in stripped.edges.indices { stripped.edges[i].tooltip = nil }
                #expect(stripped == forMermaid, "\(name)")
                #expect(MermaidWriter(options: options).write(whole) == MermaidWriter(options: options).write(machine), "\(name)")
            }
        }
        // Choice rules and Catchers of the samples: the test compares diagrams that differ.
        #expect(tooltipsLeftOut > 20)
    }

    @Test func edgeListIsReservedForTheDrawnScopesOnly() throws {
        for (name, machine, optionSets) in try Self.cases() {
            for options in optionSets {
                let context = DiagramContext(machine: machine, options: options)
                let reserved = ScopeBuilder(context: context, countingEdgesFrom: 0).edgeCapacity()
                // Valid machines: every branch has a start, so the bound is reached exactly.
                #expect(reserved == DiagramBuilder.build(machine, options: options).edges.count, "\(name) collapse=\(options.collapse)")
            }
        }
        // The 45 Parallels collapsed: 44 Next edges, the Start edge and one End edge; whole,
        // each branch adds a branch edge, 5 Next edges and a join edge (7 × 90 = 630).
        let parallels = try Self.cases().last!
        let collapsed = DiagramContext(machine: parallels.1, options: DiagramOptions(collapse: true))
        #expect(ScopeBuilder(context: collapsed, countingEdgesFrom: 0).edgeCapacity() == 46)
        let whole = DiagramContext(machine: parallels.1, options: DiagramOptions())
        #expect(ScopeBuilder(context: whole, countingEdgesFrom: 0).edgeCapacity() == 46 + 630)
    }

    /// A whole diagram drawn collapsed (fast mode) with too many edges is not drawn collapsed
    /// again to count the same edges: the report says at once that there is no diagram.
    @Test func aCollapsedWholeDiagramWithTooManyEdgesIsNotCountedAgain() throws {
        let chain = try #require(LargeMachines.all.first { $0.0 == "chain-800" })
        let chainMachine = StateMachineBuilder.build(LargeMachines.loaded(chain.1, file: chain.0).definition)
        guard case .pastLimits(let size, tooManyEdgesCollapsed: true) = ReportDiagram.full(chainMachine, options: DiagramOptions()) else {
            Issue.record("chain-800 is drawn in fast mode, past the edge limit")
            return
        }
        #expect(size == "878 edges and 161,360 characters")
        let chainDiagram = ReportDiagram(chainMachine, options: DiagramOptions())
        #expect(chainDiagram.mermaid == nil)
        #expect(chainDiagram.note == "No diagram: the whole diagram (\(size)) is past \(MermaidLimits.limitsText).")
        // 585 states are drawn whole: 676 edges, too many, but collapsed they are 46 and fit.
        let parallels = try Self.cases().last!.1
        guard case .pastLimits(_, tooManyEdgesCollapsed: false) = ReportDiagram.full(parallels, options: DiagramOptions()) else {
            Issue.record("the 45 Parallels are drawn whole, past the edge limit")
            return
        }
        #expect(ReportDiagram(parallels, options: DiagramOptions()).note?.hasPrefix("Drawn with Parallel and Map states collapsed") == true)
    }
}
