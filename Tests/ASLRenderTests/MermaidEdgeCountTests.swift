import ASLAnalysis
import ASLLoad
import ASLModel
@testable import ASLRender
import Foundation
import Testing
import TestSupport

/// A report counts the Mermaid text of a diagram past the edge limit as its edges are made,
/// without keeping them: the count is the written text's, overlays and cut labels included.
@Suite struct MermaidEdgeCountTests {
    /// (UTF-16 units, edges) counted without edges, then of the written text with them.
    static func sizes(_ machine: StateMachine, _ options: DiagramOptions) throws -> (counted: [Int], written: [Int]) {
        let (withoutEdges, counted) = DiagramBuilder.build(machine, options: options, countingEdges: true)
        let edges = try #require(counted)
        #expect(withoutEdges.edges.isEmpty)
        let writer = MermaidWriter(options: options)
        let full = DiagramBuilder.build(machine, options: options)
        return ([writer.utf16Count(withoutEdges) + edges.utf16Count, edges.edgeCount], [writer.write(full).utf16.count, full.edges.count])
    }

    /// Each sample with its findings and worst case drawn, whole and collapsed without labels.
    static func optionSets(_ loaded: LoadedMachine) -> (StateMachine, [DiagramOptions]) {
        var reportOptions = MachineReportOptions()
        reportOptions.highlightWorstCase = true
        reportOptions.outputs = []
        let report = MachineReportBuilder.build(loaded, options: reportOptions)
        var collapsed = report.drawing.options
        collapsed.collapse = true
        collapsed.edgeLabels = false
        return (report.drawing.machine, [DiagramOptions(), report.drawing.options, collapsed])
    }

    @Test(arguments: Fixtures.sampleNames + ["coverage/order-coverage.asl.json"])
    func countedSizeIsTheWrittenTextsOnEachSample(_ name: String) throws {
        let loaded = try #require(Loader.load(paths: [SharedData.projectFile("Samples/\(name)").path]).machines.first)
        let (machine, optionSets) = Self.optionSets(loaded)
        for options in optionSets {
            let (counted, written) = try Self.sizes(machine, options)
            #expect(counted == written, "\(name)")
            #expect(written[1] > 0)
        }
    }

    @Test func countedSizeIsTheWrittenTextsUnderCoverage() throws {
        let loaded = Loader.load(paths: [SharedData.projectFile("Samples/coverage/order-coverage.asl.json").path])
        let history = try ExecutionHistory.load(paths: [SharedData.projectFile("Samples/coverage/order-coverage.history.json").path])
        let machine = try #require(loaded.machines.first.map { StateMachineBuilder.build($0.definition) })
        var options = DiagramOptions()
        options.coverage = ReportFacts.coverageOverlay(CoverageAnalysis.measure(machine, histories: history))
        let (counted, written) = try Self.sizes(machine, options)
        #expect(counted == written)
    }

    @Test func countedSizeOfLargeMachinesIsWhatTheReportSays() throws {
        // chain-800: 878 edges and 161,360 characters, as `MermaidFitTests` reads in the report.
        for (name, json) in LargeMachines.all {
            let (machine, optionSets) = Self.optionSets(LargeMachines.loaded(json, file: name))
            for options in optionSets {
                let (counted, written) = try Self.sizes(machine, options)
                #expect(counted == written, "\(name)")
            }
        }
        let chain = try #require(LargeMachines.all.first { $0.0 == "chain-800" })
        let report = MachineReportBuilder.build(LargeMachines.loaded(chain.1, file: chain.0)).markdown
        #expect(report.contains("the whole diagram (878 edges and 161,360 characters)"))
    }

    @Test func linkStyleDigitsAreCounted() {
        #expect(MermaidEdgeCount.digits(0) == 1)
        #expect(MermaidEdgeCount.digits(9) == 1)
        #expect(MermaidEdgeCount.digits(10) == 2)
        #expect(MermaidEdgeCount.digits(180_004) == 6)
    }
}
