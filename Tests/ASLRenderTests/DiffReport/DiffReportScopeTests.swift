import ASLAnalysis
import ASLLoad
@testable import ASLRender
import Testing
import TestSupport

@Suite struct DiffReportScopeTests {
    typealias F = DiffReportFixtures

    static let nestedBase = """
        {"StartAt": "Fan out", "States": {
          "Fan out": {"Type": "Parallel", "Next": "Each", "Branches": [
            {"StartAt": "Price", "States": {"Price": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "End": true}}},
            {"StartAt": "Stock", "States": {"Stock": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem", "TimeoutSeconds": 5, "End": true}}}]},
          "Each": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2, "ItemProcessor": {"StartAt": "Pack", "States": {
            "Pack": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 10, "End": true}}}, "End": true}}}
        """

    static let nestedHead = """
        {"StartAt": "Fan out", "States": {
          "Fan out": {"Type": "Parallel", "Next": "Each", "Branches": [
            {"StartAt": "Price", "States": {"Price": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 50, "End": true}}},
            {"StartAt": "Stock", "States": {"Stock": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem", "TimeoutSeconds": 5, "End": true}}}]},
          "Each": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2, "ItemProcessor": {"StartAt": "Pack", "States": {
            "Pack": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 10, "Next": "Label"},
            "Label": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 10, "End": true}}}, "End": true}}}
        """

    @Test func nestedScopesMarkdown() throws {
        let options = DiffOptions(assumptions: Assumptions(mapItems: ["Each": 4]))
        let diff = RepositoryDiffer.diff(
            base: F.load(Self.nestedBase, file: "fan.asl.json"), head: F.load(Self.nestedHead, file: "fan.asl.json"), baseLabel: "main",
            headLabel: "topic", options: options)
        let machine = try #require(diff.machines.first)
        #expect(machine.changedStates.map { "\($0.state.name) in \($0.state.scope)" } == ["Price in branch 1 of Fan out", "Pack in iteration of Each"])
        #expect(machine.addedStates.map { "\($0.name) in \($0.scope)" } == ["Label in iteration of Each"])
        #expect(Golden.mismatch(DiffMarkdownRenderer.render(diff), golden: "nested.md") == nil)
    }

    /// A state removed from a Map's item processor is drawn as a ghost inside that processor's
    /// subgraph, where the reviewer last saw it, not at the top of the chart.
    @Test func removedNestedStateIsDrawnInItsScope() throws {
        let diff = RepositoryDiffer.diff(
            base: F.load(Self.nestedHead, file: "fan.asl.json"), head: F.load(Self.nestedBase, file: "fan.asl.json"),
            baseLabel: "main", headLabel: "topic", options: DiffOptions(assumptions: Assumptions(mapItems: ["Each": 4])))
        let machine = try #require(diff.machines.first)
        #expect(machine.removedStates.map(\.name) == ["Label"])
        #expect(machine.removedStates.first?.scopeKind == .mapProcessor(parent: "Each"))
        let chart = try #require(DiffMermaid.render(machine))
        let lines = chart.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let ghost = try #require(lines.firstIndex { $0.hasPrefix("n_diff_removed_0") }, "\(chart)")
        // The innermost subgraph still open at the ghost's line.
        var open: [String] = []
        for line in lines[..<ghost] {
            if line.hasPrefix("subgraph ") { open.append(line) } else if line == "end" { open.removeLast() }
        }
        #expect(open.last?.hasPrefix("subgraph n_scope_each_items") == true, "\(open)")
        #expect(open.count == 2)
    }

    @Test func repositoryTableWhenManyMachinesChange() {
        let order = Self.nestedBase
        var base = LoadResult(), head = LoadResult()
        for name in ["a", "b", "c"] { base.machines += F.load(order, file: "\(name).asl.json").machines }
        head.machines += F.load(Self.nestedHead, file: "a.asl.json").machines
        head.machines += F.load(Self.nestedHead, file: "b.asl.json").machines
        head.machines += F.load(order, file: "d.asl.json").machines
        base.machines += F.load(order, file: "same.asl.json").machines
        head.machines += F.load(order, file: "same.asl.json").machines
        let diff = RepositoryDiffer.diff(
            base: base, head: head, baseLabel: "main", headLabel: "topic",
            options: DiffOptions(assumptions: Assumptions(mapItems: ["Each": 4])))
        let markdown = DiffMarkdownRenderer.render(diff, options: DiffReportOptions(diagrams: false))
        #expect(Golden.mismatch(markdown, golden: "repository.md") == nil)
        #expect(markdown.contains("| `c.asl.json` | removed | machine removed (5 states) |"))
    }
}
