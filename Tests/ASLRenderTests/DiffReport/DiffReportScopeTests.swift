import ASLAnalysis
import ASLLoad
import ASLRender
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
