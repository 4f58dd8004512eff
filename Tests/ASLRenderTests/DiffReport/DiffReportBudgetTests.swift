import ASLAnalysis
import ASLLoad
import ASLRender
import Foundation
import Testing

/// How much of a large change the pull-request comment shows: as much as fits in GitHub's
/// 65,536 characters, most important first, with the rest counted.
@Suite struct DiffReportBudgetTests {
    static let github = 65_536

    /// Positions of the list headers, open (`**Title**`) or folded (`<summary>Title (`).
    private func position(_ title: String, in text: String) -> String.Index? {
        (text.range(of: "**\(title)**") ?? text.range(of: "<summary>\(title) ("))?.lowerBound
    }

    @Test func fifteenHundredChangesFillTheBudgetMostImportantFirst() throws {
        let diff = ChangedChains.diff(states: 3_000, change: ChangedChains.everyOtherStep)
        let machine = try #require(diff.machines.first)
        #expect(machine.removedStates.count == 150 && machine.addedStates.count == 150 && machine.changedStates.count == 1_499)
        let text = DiffMarkdownRenderer.render(diff)
        #expect(text.utf16.count <= 65_000)
        #expect(text.utf16.count > 60_000)  // the budget is used, not dropped

        // Removed, then added, then timeouts and retries; nothing of lower rank got ahead.
        let removed = try #require(position("Removed states", in: text))
        let added = try #require(position("Added states", in: text))
        let timing = try #require(position("Timeouts and retries", in: text))
        #expect(removed < added && added < timing)
        #expect(position("Other changed states", in: text) == nil)
        #expect(position("Transitions", in: text) == nil)
        #expect(text.contains("<details><summary>Removed states (150)</summary>"))
        #expect(text.contains("<details><summary>Added states (150)</summary>"))
        #expect(text.contains("<details><summary>Timeouts and retries (401 of 600)</summary>"))

        // The first 50 removed states are named, in order.
        var cursor = text.startIndex
        for k in 0..<50 {
            let name = "- ➖ removed `Step \(20 * k + 1)` (Task)\n"
            let found = try #require(text.range(of: name, range: cursor..<text.endIndex), "\(name) missing or out of order")
            cursor = found.upperBound
        }
        let named = text.components(separatedBy: "\n").filter { $0.hasPrefix("- ➖ removed") || $0.hasPrefix("- ➕ added") || $0.hasPrefix("- ✏️ changed") }
        #expect(named.count == 701)
        #expect(
            text.hasSuffix(
                "_…and 1,098 more changed states and 1,200 more transitions left out to stay within GitHub's comment size; "
                    + "`aslkit diff --format text` (or `--format json`) with the same arguments lists every change._\n"))
        #expect(!text.contains("```mermaid"))
        #expect(MarkdownShape.problems(text) == [])
    }

    @Test func fiveChangesInFiveThousandStatesAreAllShown() throws {
        let diff = ChangedChains.diff(states: 5_000, change: ChangedChains.fiveApart)
        for diagrams in [true, false] {
            let text = DiffMarkdownRenderer.render(diff, options: DiffReportOptions(diagrams: diagrams))
            #expect(text.utf16.count <= Self.github)
            for line in [
                "- ➖ removed `Step 700` (Task)",
                "- ➕ added `Added after 1500` (Task) — chain-5000.asl.json#L4502",
                "  - `TimeoutSeconds`: `30` → `90` — chain-5000.asl.json#L7802",
                "  - `Retry[0].MaxAttempts`: `2` → `5` — chain-5000.asl.json#L10203",
                "  - `Resource`: `\"arn:aws:lambda:us-east-1:123456789012:function:w1\"` → `\"arn:aws:lambda:us-east-1:123456789012:function:w1-v2\"` — chain-5000.asl.json#L12602",
            ] {
                #expect(text.contains(line + "\n"), "\(line)")
            }
            #expect(
                text.contains(
                    "Worst-case path now: `Step 0` → `Step 1` → `Step 2` → `Step 3` → `Step 4` → _… 694 states …_ → `Step 699` → "
                        + "_… 799 states …_ → `Step 1500` → `Added after 1500` → _… 1,099 states …_ → `Step 2600` → _… 799 states …_ → "
                        + "`Step 3400` → _… 799 states …_ → `Step 4200` → _… 794 states …_ → `Step 4995` → `Step 4996` → `Step 4997` → "
                        + "`Step 4998` → `Failed`\n"))
            #expect(text.split(separator: "\n").allSatisfy { $0.utf16.count < 1_000 })
            // The worst case grows by less than its rounding shows: the verdict gives the difference.
            #expect(text.contains("**1 state added, 1 removed, 5 changed; worst case +4 min 58 s (5 d 9 h); max attempts 3 → 6;"))
            #expect(!text.contains("left out"))
            #expect(text.contains("```mermaid") == diagrams)
            #expect(MarkdownShape.problems(text) == [])
        }
    }

    /// Across machines, importance comes before machine order: the second machine's removed
    /// and added states are listed before the first machine's timeouts.
    @Test func importanceBeforeMachineOrder() throws {
        var base = LoadResult(), head = LoadResult()
        for name in ["a", "b"] {
            base.machines += DiffReportFixtures.load(ChangedChains.json(states: 40), file: "\(name).asl.json").machines
            head.machines += DiffReportFixtures.load(ChangedChains.json(states: 40, change: ChangedChains.everyOtherStep), file: "\(name).asl.json").machines
        }
        let diff = RepositoryDiffer.diff(base: base, head: head, baseLabel: "main", headLabel: "feature")
        var seenOrder = false
        for limit in stride(from: 2_400, through: 4_000, by: 40) {
            let text = DiffMarkdownRenderer.render(diff, options: DiffReportOptions(maxCharacters: limit))
            #expect(text.utf16.count <= limit)
            let sections = text.components(separatedBy: "### ✏️ ")
            try #require(sections.count == 3)
            #expect(sections[1].hasPrefix("`a.asl.json`") && sections[2].hasPrefix("`b.asl.json`"))
            let aTimeouts = sections[1].contains("**Timeouts and retries**")
            let bAdded = sections[2].contains("**Added states**\n\n- ➕ added `Added after 3` (Task) — b.asl.json#L11\n- ➕ added `Added after 23` (Task) — b.asl.json#L71\n\n")
            // a's timeouts never come before all of b's added states.
            #expect(!aTimeouts || bAdded, "budget \(limit)")
            if bAdded && !aTimeouts { seenOrder = true }
            #expect(MarkdownShape.problems(text) == [])
        }
        #expect(seenOrder)
    }

    /// Every budget from tight to roomy: never longer, and always well-formed.
    @Test func neverPastTheBudget() throws {
        let diff = ChangedChains.diff(states: 200, change: ChangedChains.everyOtherStep)
        var lengths: [Int] = []
        for limit in stride(from: 1_000, through: 40_000, by: 1_300) {
            let text = DiffMarkdownRenderer.render(diff, options: DiffReportOptions(maxCharacters: limit))
            #expect(text.utf16.count <= limit, "budget \(limit)")
            #expect(MarkdownShape.problems(text) == [], "budget \(limit)")
            lengths.append(text.utf16.count)
        }
        // More room, more shown (until everything fits).
        #expect(lengths == lengths.sorted())
    }
}

/// The structure a renderer of GitHub Markdown needs: every `<details>` closed, every code
/// fence closed.
enum MarkdownShape {
    static func problems(_ text: String) -> [String] {
        var problems: [String] = []
        var open = 0
        var fence = false
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("```") { fence.toggle() }
            if fence { continue }
            if line.hasPrefix("<details>") { open += 1 }
            if line.hasPrefix("</details>") {
                open -= 1
                if open < 0 { problems.append("line \(i + 1): </details> without <details>") }
            }
        }
        if fence { problems.append("code fence left open") }
        if open > 0 { problems.append("\(open) <details> left open") }
        return problems
    }
}
