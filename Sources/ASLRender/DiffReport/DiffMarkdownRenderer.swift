import ASLAnalysis
import ASLSource

/// `aslkit diff --format markdown`: the pull-request comment. Kept under
/// ``DiffReportOptions/maxCharacters`` (counted in UTF-16 units, as GitHub does): a report
/// that is too long is written again without diagrams, then with verdicts and figures only,
/// and finally cut at a line with a note.
public enum DiffMarkdownRenderer {
    enum Detail: CaseIterable {
        case full, noDiagrams, summary
    }

    public static func render(_ diff: RepositoryDiff, options: DiffReportOptions = DiffReportOptions()) -> String {
        var text = ""
        for detail in Detail.allCases {
            text = compose(diff, options: options, detail: detail)
            if text.utf16.count <= options.maxCharacters { return text }
        }
        return truncate(text, to: options.maxCharacters)
    }

    static func compose(_ diff: RepositoryDiff, options: DiffReportOptions, detail: Detail) -> String {
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
        for machine in diff.machines {
            let section = DiffMarkdownSection(diff: machine, options: options, detail: detail)
            lines += section.lines(collapsed: collapse)
        }
        if !diff.machines.isEmpty && diff.unchangedCount > 0 {
            lines += ["_\(DiffVerdict.plural(diff.unchangedCount, "other machine")) unchanged._", ""]
        }
        if detail == .summary {
            lines += ["_Details left out to stay within GitHub's comment size; run `aslkit diff` locally for the full report._", ""]
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

    /// Cuts at the last line break that leaves room for the note. Only the summary level is
    /// ever cut, and it opens no code fence, so nothing is left unclosed but a table.
    static func truncate(_ text: String, to limit: Int) -> String {
        let note = "\n\n_Report truncated to stay within GitHub's comment size; run `aslkit diff` locally for the full report._\n"
        let room = max(0, limit - note.utf16.count)
        var length = 0
        var cut = text.startIndex
        for index in text.indices {
            let character = text[index]
            if character == "\n" {
                if length > room { break }
                cut = index
            }
            length += character.utf16.count
        }
        return String(text[..<cut]) + note
    }
}
