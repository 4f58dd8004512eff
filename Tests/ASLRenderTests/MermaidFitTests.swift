import ASLSource
import ASLAnalysis
import ASLLoad
import ASLModel
@testable import ASLRender
import Foundation
import Testing

/// What `report` and `diff` embed stays within GitHub's Mermaid limits (50,000 characters,
/// 500 edges), and the text says what was left out.
@Suite struct MermaidFitTests {
    static func mermaidBlocks(_ markdown: String) -> [String] {
        markdown.components(separatedBy: "```mermaid\n").dropFirst().map { $0.components(separatedBy: "\n```").first ?? "" }
    }

    /// Lines that draw an edge (`a --> b`, `a -.->|"x"| b`, `a ==> b`, `a --x b`).
    static func edgeCount(_ mermaid: String) -> Int {
        mermaid.split(separator: "\n").filter { line in [" --> ", " -.-> ", " ==> ", " --x ", " -->|", " -.->|", " ==>|", " --x|"].contains { line.contains($0) } }.count
    }

    static func report(_ name: String) throws -> String {
        let json = try #require(LargeMachines.all.first { $0.0 == name }?.1)
        return MachineReportBuilder.build(LargeMachines.loaded(json, file: name)).markdown
    }

    @Test func limitsAreGitHubs() {
        #expect(MermaidLimits.maxTextSize == 50_000)
        #expect(MermaidLimits.maxEdges == 500)
        #expect(MermaidLimits.fits(String(repeating: "é", count: 50_000), edgeCount: 500))
        // JavaScript counts UTF-16 units: 25,001 emoji are 50,002.
        #expect(!MermaidLimits.fits(String(repeating: "😀", count: 25_001), edgeCount: 0))
        #expect(!MermaidLimits.fits("", edgeCount: 501))
        #expect(DigitGrouping.grouped(1_234_567) == "1,234,567")
    }

    @Test func reportOfAChainPastTheTextLimitDrawsNamesOnly() throws {
        let markdown = try Self.report("chain-300")
        let block = try #require(Self.mermaidBlocks(markdown).first)
        #expect(block.utf16.count <= 50_000)
        #expect(Self.edgeCount(block) == 329)
        #expect(!block.contains("<small>"))
        #expect(
            markdown.contains(
                "Drawn with Parallel and Map states collapsed, without edge labels, types or badges: the whole diagram (329 edges and 61,001 characters) is past GitHub's Mermaid limits (500 edges, 50,000 characters). `aslkit render chain-300.asl.json --format svg` draws all of it."))
    }

    @Test func reportOfManyParallelsDrawsThemCollapsed() throws {
        let markdown = try Self.report("parallels-45x2x6")
        let block = try #require(Self.mermaidBlocks(markdown).first)
        #expect(Self.edgeCount(block) == 46)
        #expect(!block.contains("subgraph"))
        #expect(markdown.contains("Drawn with Parallel and Map states collapsed and without edge labels: the whole diagram (676 edges and 94,002 characters)"))
    }

    @Test func reportPastTheEdgeLimitHasNoDiagramAndSaysSo() throws {
        let markdown = try Self.report("chain-800")
        #expect(Self.mermaidBlocks(markdown).isEmpty)
        #expect(
            markdown.contains(
                "No diagram: the whole diagram (878 edges and 161,360 characters) is past GitHub's Mermaid limits (500 edges, 50,000 characters). `aslkit render chain-800.asl.json --format svg` draws all of it."))
    }

    @Test func diffOfALargeChainDrawsTheChangedNeighbourhood() throws {
        let diff = try #require(LargeMachines.diffs.first { $0.0 == "chain-800" }?.1)
        let markdown = DiffMarkdownRenderer.render(diff)
        let block = try #require(Self.mermaidBlocks(markdown).first)
        // Step 9 (changed) with Step 8 before it and Step 10 and Step 11 after it.
        #expect(Self.edgeCount(block) == 4)
        #expect(block.contains("class n_state_step_9 diff_changed"))
        #expect(block.contains("n_state_step_8") && block.contains("n_state_step_11") && !block.contains("n_state_step_12"))
        #expect(markdown.contains("Only the changed states and their neighbours are drawn (4 of 800 states): the whole diagram (878 edges and 161,478 characters)"))
        #expect(markdown.contains("`aslkit diff --svg-dir DIR` draws all of it as SVG."))
    }

    @Test func diffNamesTheSVGWhenOneIsWritten() throws {
        let diff = try #require(LargeMachines.diffs.first { $0.0 == "chain-800" }?.1)
        var options = DiffReportOptions()
        options.svgDirectory = "pictures"
        let markdown = DiffMarkdownRenderer.render(diff, options: options)
        #expect(markdown.contains("The whole picture: [pictures/chain-800-asl-json.after.svg](pictures/chain-800-asl-json.after.svg)."))
    }

    @Test func diffWithAChangeInsideACollapsedParallelMarksTheParallel() throws {
        let diff = try #require(LargeMachines.diffs.first { $0.0 == "parallels-45x2x6" }?.1)
        let markdown = DiffMarkdownRenderer.render(diff)
        let block = try #require(Self.mermaidBlocks(markdown).first)
        #expect(block.contains("class n_state_fan_3 diff_changed"))
        #expect(!block.contains("subgraph"))
        #expect(markdown.contains("Parallel and Map states are drawn collapsed: the whole diagram (676 edges and 94,122 characters)"))
    }

    @Test func smallMachinesAreDrawnWhole() throws {
        let markdown = MachineReportBuilder.build(LargeMachines.loaded(SyntheticMachine.json(stateCount: 40), file: "small")).markdown
        #expect(Self.mermaidBlocks(markdown).count == 1)
        #expect(!markdown.contains("GitHub's Mermaid limits"))
    }
}

/// A report counts the whole diagram's characters without writing it (`MermaidWriter.utf16Count`).
@Suite struct MermaidCountTests {
    @Test(arguments: [
        SyntheticMachine.json(stateCount: 40),
        #"{"StartAt": "😀 é", "States": {"😀 é": {"Type": "Pass", "Next": "日本"}, "日本": {"Type": "Succeed"}}}"#,
        LargeMachines.parallels(6, depth: 2),
    ])
    func theCountIsTheWrittenTextsLength(_ json: String) throws {
        let machine = StateMachineBuilder.build(try #require(JSONReader.parse(json, file: "t.json").root))
        let diagram = DiagramBuilder.build(machine, options: DiagramOptions())
        let writer = MermaidWriter()
        #expect(writer.utf16Count(diagram) == writer.write(diagram).utf16.count)
        #expect(writer.utf16Count(diagram) > 100)
    }
}
