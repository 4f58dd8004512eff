@testable import ASLRender
import ASLAnalysis
import Testing
import TestSupport

/// The small cases of the budget, byte for byte.
@Suite struct DiffReportTruncationTests {
    /// A 40-state chain with every kind of state change, in a 2,500-character comment: the
    /// lists are cut most important first and the note counts the rest.
    @Test func budgetedMarkdown() {
        let diff = ChangedChains.diff(states: 40, change: ChangedChains.everyOtherStep)
        let text = DiffMarkdownRenderer.render(diff, options: DiffReportOptions(maxCharacters: 2_500))
        #expect(text.utf16.count <= 2_500)
        #expect(Golden.mismatch(text, golden: "budgeted.md") == nil)
    }

    /// The cut keeps whole lines, closes the `<details>` it cut into and ends with the note,
    /// exactly at the limit or under it.
    @Test func truncationClosesWhatItCut() {
        let text = ["# Title", "", "<details><summary>Many</summary>", "", "- one", "- two", "- three", "", "</details>", ""]
            .joined(separator: "\n")
        let note = DiffMarkdownTruncation.note
        let limit = "# Title\n\n<details><summary>Many</summary>\n\n- one\n".utf16.count + "\n</details>\n\n".utf16.count + note.utf16.count + 1
        let cut = DiffMarkdownTruncation.cut(text, to: limit)
        #expect(cut == "# Title\n\n<details><summary>Many</summary>\n\n- one\n\n</details>\n\n" + note + "\n")
        #expect(cut.utf16.count == limit)
        #expect(DiffMarkdownTruncation.cut(text, to: limit - 1) == "# Title\n\n<details><summary>Many</summary>\n\n\n</details>\n\n" + note + "\n")
    }

    /// Counted in UTF-16 units, as the budget is: an emoji is two.
    @Test func truncationCountsUTF16() {
        let text = String(repeating: "🗑️ x\n", count: 400)
        for limit in [200, 201, 333, 1_000] {
            #expect(DiffMarkdownTruncation.cut(text, to: limit).utf16.count <= limit)
        }
    }
}
