import ASLSource
import ASLAnalysis

/// The Markdown section of one machine, in the order a reviewer reads it: verdict, figures
/// and worst-case path; the diagram, folded; then the changes, most important first (see
/// ``DiffChangeLists/Kind``), as many of each list as the comment's budget allows, and a note
/// counting the rest.
struct DiffMarkdownSection {
    var diff: MachineDiff
    var options: DiffReportOptions
    var lists: DiffChangeLists
    private var heading: [String]
    private var figures: [String]

    /// Lists longer than this are folded.
    static let openListLimit = 30

    /// What of the section is written.
    struct Shown {
        /// How many items of each list (missing: none).
        var items: [DiffChangeLists.Kind: Int] = [:]
        var diagram: DiffMermaid.Fitted?
        /// Verdict and figures only, no lists and no note.
        var summaryOnly = false
    }

    init(diff: MachineDiff, options: DiffReportOptions) {
        self.diff = diff
        self.options = options
        lists = DiffChangeLists(diff, options: options)
        let icon = ["added": "🆕", "removed": "🗑️", "changed": "✏️", "unchanged": "·"][diff.status.rawValue] ?? ""
        var title = "### \(icon) \(DiffEscaping.code(diff.name))"
        if let baseName = diff.baseName { title += " (was \(DiffEscaping.code(baseName)))" }
        heading = [title, "", "**\(DiffEscaping.markdown(DiffVerdict.text(diff)))**", ""]
        figures = Self.metrics(diff, text: DiffItemText(diff: diff, options: options))
    }

    func lines(collapsed: Bool, shown: Shown) -> [String] {
        var body = figures
        if shown.summaryOnly { return heading + body }
        if let fitted = shown.diagram {
            body += ["<details><summary>Diagram</summary>", ""]
            if let mermaid = fitted.mermaid { body += ["```mermaid", mermaid, "```", "", DiffMermaid.legend, ""] }
            if let note = fitted.note { body += [note + svgHint(), ""] }
            body += ["</details>", ""]
        }
        for kind in DiffChangeLists.Kind.allCases {
            body += list(kind, shown: shown.items[kind] ?? 0)
        }
        if let note = omittedNote(shown) { body += [note, ""] }
        if collapsed {
            return heading + ["<details><summary>Details</summary>", ""] + body + ["</details>", ""]
        }
        return heading + body
    }

    /// `_…and 1,450 more changed states, 2,980 more transitions, left out …_`, or `nil` when
    /// every item is shown.
    func omittedNote(_ shown: Shown) -> String? {
        var counts: [(noun: (one: String, many: String), count: Int)] = []
        for kind in DiffChangeLists.Kind.allCases {
            let hidden = lists.count(kind) - min(shown.items[kind] ?? 0, lists.count(kind))
            guard hidden > 0 else { continue }
            if let i = counts.firstIndex(where: { $0.noun == kind.noun }) {
                counts[i].count += hidden
            } else {
                counts.append((kind.noun, hidden))
            }
        }
        guard !counts.isEmpty else { return nil }
        let parts = counts.map { "\(DigitGrouping.grouped($0.count)) more \($0.count == 1 ? $0.noun.one : $0.noun.many)" }
        let listed = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts[0]
        return "_…and \(listed) left out to stay within GitHub's comment size; "
            + "`aslkit diff --format text` (or `--format json`) with the same arguments lists every change._"
    }

    private func list(_ kind: DiffChangeLists.Kind, shown: Int) -> [String] {
        let items = lists.items[kind] ?? []
        let count = min(shown, items.count)
        guard count > 0 else { return [] }
        let total = DigitGrouping.grouped(items.count)
        let part = count < items.count ? "\(DigitGrouping.grouped(count)) of \(total)" : total
        if count > Self.openListLimit {
            return ["<details><summary>\(kind.title) (\(part))</summary>", ""] + items.prefix(count) + ["", "</details>", ""]
        }
        let header = count < items.count ? "**\(kind.title)** (\(part))" : "**\(kind.title)**"
        return [header, ""] + items.prefix(count) + [""]
    }

    /// Where the whole picture is, when a diagram had to be cut.
    private func svgHint() -> String {
        guard let directory = options.svgDirectory else { return " `aslkit diff --svg-dir DIR` draws all of it as SVG." }
        let path = directory + (directory.hasSuffix("/") ? "" : "/") + DiffSVGNames.stem(diff.name) + ".after.svg"
        return " The whole picture: [\(DiffEscaping.markdown(path))](\(DiffEscaping.urlPath(path)))."
    }

    private static func metrics(_ diff: MachineDiff, text: DiffItemText) -> [String] {
        guard diff.before != nil || diff.after != nil else { return [] }
        var lines = ["| | Before | After |", "|:--|--:|--:|"]
        for row in DiffMetricRow.rows(before: diff.before, after: diff.after) {
            let after = DiffEscaping.markdown(row.after)
            lines.append("| \(row.label) | \(DiffEscaping.markdown(row.before)) | \(row.changed && diff.status == .changed ? "**\(after)**" : after) |")
        }
        lines.append("")
        if let reason = diff.after?.unboundedReason, reason != diff.before?.unboundedReason {
            lines += ["Worst case unbounded: " + DiffEscaping.markdown(reason), ""]
        }
        if diff.status == .changed, let before = diff.before, let after = diff.after, before.worstPath != after.worstPath, !after.worstPath.isEmpty {
            lines += ["Worst-case path now: " + text.path(after.worstPath), ""]
        }
        return lines
    }
}
