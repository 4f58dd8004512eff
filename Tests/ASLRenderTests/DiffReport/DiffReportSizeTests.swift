import ASLAnalysis
import ASLLoad
import ASLRender
import Testing

@Suite struct DiffReportSizeTests {
    typealias F = DiffReportFixtures

    /// A machine of `count` Pass states in a chain; `bump` changes every state's Result.
    private func chain(_ count: Int, bump: Bool) -> String {
        let states = (0..<count).map { i in
            let next = i + 1 < count ? "\"Next\": \"Step \(i + 1)\"" : "\"End\": true"
            return "\"Step \(i)\": {\"Type\": \"Pass\", \"Result\": \(bump ? i + 1 : i), \(next)}"
        }
        return "{\"StartAt\": \"Step 0\", \"States\": {\(states.joined(separator: ", "))}}"
    }

    private func diff(machines: Int, states: Int) -> RepositoryDiff {
        var base = LoadResult(), head = LoadResult()
        for m in 0..<machines {
            base.machines += F.load(chain(states, bump: false), file: "m\(m).asl.json").machines
            head.machines += F.load(chain(states, bump: true), file: "m\(m).asl.json").machines
        }
        return RepositoryDiffer.diff(base: base, head: head, baseLabel: "a", headLabel: "b")
    }

    @Test func smallChangeKeepsEverything() {
        let text = DiffMarkdownRenderer.render(diff(machines: 1, states: 3))
        #expect(text.contains("```mermaid"))
        #expect(!text.contains("truncated"))
    }

    @Test func largeChangeDropsDiagramsFirst() {
        let d = diff(machines: 1, states: 120)
        let full = DiffMarkdownRenderer.render(d, options: DiffReportOptions(maxCharacters: 1_000_000))
        let limit = full.utf16.count - 1
        let text = DiffMarkdownRenderer.render(d, options: DiffReportOptions(maxCharacters: limit))
        #expect(text.utf16.count <= limit)
        #expect(!text.contains("```mermaid"))
        #expect(text.contains("`Step 119`"))
        // Every change is still listed; the long list is folded.
        #expect(text.contains("<details><summary>Other changed states (120)</summary>"))
        #expect(!text.contains("left out"))
    }

    @Test func veryLargeChangeIsFilledOrCut() {
        let d = diff(machines: 40, states: 60)
        let text = DiffMarkdownRenderer.render(d, options: DiffReportOptions(maxCharacters: 3_000))
        #expect(text.utf16.count <= 3_000)
        #expect(text.hasPrefix("## State machine changes"))
        #expect(text.contains("| Machine | Change | Summary |"))
        #expect(
            text.hasSuffix(
                "_Report truncated to stay within GitHub's comment size; `aslkit diff --format text` (or `--format json`) lists every change._\n"))
        #expect(MarkdownShape.problems(text) == [])
        // With room for every machine's figures, the rest is filled with changes, machine by
        // machine, and each machine counts what it left out.
        let filled = DiffMarkdownRenderer.render(d, options: DiffReportOptions(maxCharacters: 60_000))
        #expect(filled.utf16.count <= 60_000 && filled.utf16.count > 59_000)
        #expect(filled.contains("- ✏️ changed `Step 59` (Pass)"))
        #expect(filled.contains("_…and 60 more changed states left out to stay within GitHub's comment size;"))
        #expect(!filled.contains("truncated"))
    }

    @Test func unchangedMachinesAreOneLine() {
        var base = F.load(chain(2, bump: false), file: "a.asl.json"), head = F.load(chain(2, bump: true), file: "a.asl.json")
        base.machines += F.load(chain(2, bump: false), file: "b.asl.json").machines
        head.machines += F.load(chain(2, bump: false), file: "b.asl.json").machines
        let text = DiffMarkdownRenderer.render(RepositoryDiffer.diff(base: base, head: head, baseLabel: "a", headLabel: "b"))
        #expect(text.contains("_1 other machine unchanged._"))
        #expect(!text.contains("b.asl.json"))
    }
}
