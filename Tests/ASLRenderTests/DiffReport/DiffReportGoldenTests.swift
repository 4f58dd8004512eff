import ASLAnalysis
import ASLRender
import Foundation
import Testing
import TestSupport

@Suite struct DiffReportGoldenTests {
    typealias F = DiffReportFixtures

    @Test func sampleMarkdown() throws {
        let markdown = DiffMarkdownRenderer.render(
            try F.sampleDiff(), options: DiffReportOptions(linkBase: "https://github.com/acme/shop/blob/0123abc/"))
        #expect(Golden.mismatch(markdown, golden: "order.md") == nil)
        #expect(markdown.utf16.count < 65_000)
    }

    @Test func sampleJSON() throws {
        #expect(Golden.mismatch(DiffJSONRenderer.render(try F.sampleDiff()), golden: "order.json") == nil)
    }

    @Test func sampleText() throws {
        #expect(Golden.mismatch(DiffTextRenderer.render(try F.sampleDiff()), golden: "order.txt") == nil)
    }

    @Test func hostileNamesMarkdown() {
        let diff = RepositoryDiffer.diff(
            base: F.load(F.hostileBase, file: "odd (1).asl.json"), head: F.load(F.hostileHead, file: "odd (1).asl.json"),
            baseLabel: "main", headLabel: "feature`x`")
        let markdown = DiffMarkdownRenderer.render(diff, options: DiffReportOptions(linkBase: "https://example.com/blob/sha/"))
        #expect(Golden.mismatch(markdown, golden: "hostile.md") == nil)
        // No raw markup from a name reaches the comment or the chart.
        // (Inside code spans it is shown as text, which is safe.)
        let prose = markdown.components(separatedBy: "```mermaid")[0]
        let outsideCode = prose.replacingOccurrences(of: "(`+).*?\\1", with: "", options: .regularExpression)
        #expect(!outsideCode.contains("<b>"))
        #expect(outsideCode.contains("&lt;b&gt;"))
        let chart = markdown.components(separatedBy: "```mermaid\n")[1].components(separatedBy: "\n```")[0]
        for line in chart.split(separator: "\n") where line.contains("[\"") || line.contains("{\"") || line.contains("(\"") {
            // The writer's own markup (<b>, <br/>, <small>) is the only HTML allowed.
            let label = line.drop { $0 != "\"" }.dropFirst().prefix { $0 != "\"" }
                .replacingOccurrences(of: "<[/a-z]+/?>", with: "", options: .regularExpression)
            #expect(!label.contains("<") && !label.contains("|") && !label.contains("%") && !label.contains("-->") && !label.contains("`"))
        }
        #expect(markdown.contains("(https://example.com/blob/sha/odd%20%281%29.asl.json#L4)"))
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let diff = try F.sampleDiff()
        #expect(DiffMarkdownRenderer.render(diff) == DiffMarkdownRenderer.render(diff))
        #expect(DiffJSONRenderer.render(diff) == DiffJSONRenderer.render(diff))
    }
}
