import ASLAnalysis
import ASLSource

/// `aslkit diff --format markdown`: the pull-request comment, filled up to
/// ``DiffReportOptions/maxCharacters`` (counted in UTF-16 units, which is never fewer than
/// the characters GitHub counts) and never past it.
///
/// Every machine's verdict and figures come first. Then as many changes as fit, most
/// important first across all machines (every machine's removed and added states before any
/// machine's timeouts, and so on; see ``DiffChangeLists/Kind``), each list cut with a note
/// counting what was left out and naming the formats that show all. Diagrams are added only
/// when every change is listed and they still fit. When not even the figures fit, the report
/// is cut at a line with a note, closing any `<details>` it cut into.
public enum DiffMarkdownRenderer {
    public static func render(_ diff: RepositoryDiff, options: DiffReportOptions = DiffReportOptions()) -> String {
        let sections = diff.machines.map { DiffMarkdownSection(diff: $0, options: options) }
        let fits = { (text: String) in text.utf16.count <= options.maxCharacters }
        let budget = DiffMarkdownBudget(sections.map(\.lists))

        var shown = budget.shown(budget.total)
        var text = compose(diff, sections: sections, shown: shown, options: options)
        if fits(text) {
            guard options.diagrams else { return text }
            for (m, machine) in diff.machines.enumerated() {
                guard let fitted = DiffMermaid.fitted(machine) else { continue }
                shown[m].diagram = fitted
                let candidate = compose(diff, sections: sections, shown: shown, options: options)
                if fits(candidate) { text = candidate } else { shown[m].diagram = nil }
            }
            return text
        }
        let none = compose(diff, sections: sections, shown: budget.shown(0), options: options)
        if fits(none) {
            // The most items that fit: text grows with the count (each item is longer than
            // the digits it takes off a note), so a binary search finds it.
            var (low, high) = (0, budget.total - 1)
            while low < high {
                let middle = (low + high + 1) / 2
                if fits(compose(diff, sections: sections, shown: budget.shown(middle), options: options)) { low = middle } else { high = middle - 1 }
            }
            return compose(diff, sections: sections, shown: budget.shown(low), options: options)
        }
        let summary = sections.map { _ in DiffMarkdownSection.Shown(summaryOnly: true) }
        text = compose(diff, sections: sections, shown: summary, options: options)
        return fits(text) ? text : DiffMarkdownTruncation.cut(text, to: options.maxCharacters)
    }

    static func compose(_ diff: RepositoryDiff, sections: [DiffMarkdownSection], shown: [DiffMarkdownSection.Shown], options: DiffReportOptions) -> String {
        var lines = ["## State machine changes", ""]
        lines.append("Comparing \(DiffEscaping.code(diff.baseLabel)) → \(DiffEscaping.code(diff.headLabel)).")
        lines.append("")
        if diff.machines.isEmpty {
            lines.append("No state machine changed (\(DiffVerdict.plural(diff.unchangedCount, "machine")) compared).")
            lines.append("")
        }
        let collapse = diff.machines.count >= options.tableThreshold
        if collapse {
            lines += ["| Machine | Change | Summary |", "|:--|:--|:--|"]
            for machine in diff.machines {
                lines.append(
                    "| \(DiffEscaping.code(machine.name)) | \(machine.status.rawValue) | \(DiffEscaping.markdown(DiffVerdict.text(machine))) |")
            }
            lines.append("")
        }
        for (section, shown) in zip(sections, shown) {
            lines += section.lines(collapsed: collapse && !shown.summaryOnly, shown: shown)
        }
        if !diff.machines.isEmpty && diff.unchangedCount > 0 {
            lines += ["_\(DiffVerdict.plural(diff.unchangedCount, "other machine")) unchanged._", ""]
        }
        if shown.contains(where: \.summaryOnly) {
            lines += [
                "_Changes left out to stay within GitHub's comment size; `aslkit diff --format text` (or `--format json`) with the same arguments lists every change._",
                "",
            ]
        }
        if !diff.introducedLoadingProblems.isEmpty {
            lines += ["**New loading problems**", ""]
            lines += diff.introducedLoadingProblems.map(problem)
            lines.append("")
        }
        if !diff.diagnostics.isEmpty {
            lines.append("<details><summary>\(DiffVerdict.plural(diff.diagnostics.count, "loading problem"))</summary>")
            lines.append("")
            lines += diff.diagnostics.map(problem)
            lines += ["", "</details>", ""]
        }
        return lines.joined(separator: "\n")
    }

    private static func problem(_ d: Diagnostic) -> String {
        let place = d.position.map { "\(d.file):\($0.line)" } ?? d.file
        return "- \(DiffEscaping.code(place)) \(d.severity.rawValue) \(DiffEscaping.code(d.ruleID)) \(DiffEscaping.markdown(d.message))"
    }
}
