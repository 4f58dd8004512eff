import ASLRender
import Testing

@Suite struct StickyCommentTests {
    @Test func updatesTheOldestMarkedCommentElseCreates() {
        let marked = StickyComment.marker + "\nold report"
        #expect(StickyComment.plan(existing: []) == .create)
        #expect(StickyComment.plan(existing: [.init(id: 3, body: "LGTM"), .init(id: 4, body: "see " + StickyComment.marker)]) == .create)
        #expect(StickyComment.plan(existing: [.init(id: 9, body: marked), .init(id: 5, body: marked), .init(id: 2, body: "x")]) == .update(commentID: 5))
    }

    @Test func bodyStartsWithTheMarker() {
        #expect(StickyComment.body(report: "## State machine changes\n") == "<!-- aslkit:pr-report -->\n## State machine changes\n")
    }

    /// A report over GitHub's 65,536 characters is cut at a line break, inside the limit, an open
    /// Mermaid fence is closed, and the cut is said.
    @Test func anOversizedReportIsCutToGitHubsLimit() {
        let lines = ["# Report", "```mermaid", "flowchart TD"] + (0..<10_000).map { "  s\($0) --> s\($0 + 1)" }
        let body = StickyComment.body(report: lines.joined(separator: "\n"))
        #expect(body.count <= StickyComment.maximumCharacters)
        #expect(body.count > 60_000)
        #expect(body.hasPrefix(StickyComment.marker + "\n# Report\n```mermaid\n"))
        #expect(body.hasSuffix("\n```\n\n… the report was cut to fit GitHub's comment size; run `aslkit diff` for all of it.\n"))
    }
}
