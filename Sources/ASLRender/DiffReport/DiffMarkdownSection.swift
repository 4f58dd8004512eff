import ASLAnalysis

/// The Markdown section of one machine: verdict, figures, states, transitions, reachability,
/// findings, budgets and diagram.
struct DiffMarkdownSection {
    var diff: MachineDiff
    var options: DiffReportOptions
    var detail: DiffMarkdownRenderer.Detail

    /// Lists longer than this are collapsed.
    static let openListLimit = 30

    func lines(collapsed: Bool) -> [String] {
        let icon = ["added": "🆕", "removed": "🗑️", "changed": "✏️", "unchanged": "·"][diff.status.rawValue] ?? ""
        var title = "### \(icon) \(DiffEscaping.code(diff.name))"
        if let baseName = diff.baseName { title += " (was \(DiffEscaping.code(baseName)))" }
        var lines = [title, "", "**\(DiffEscaping.markdown(DiffVerdict.text(diff)))**", ""]
        var body = metrics()
        if detail != .summary {
            body += changeLists()
            if detail == .full && options.diagrams, let fitted = DiffMermaid.fitted(diff) {
                var diagram = ["<details><summary>Diagram</summary>", ""]
                if let mermaid = fitted.mermaid { diagram += ["```mermaid", mermaid, "```", "", DiffMermaid.legend, ""] }
                if let note = fitted.note { diagram += [note + svgHint(), ""] }
                body += diagram + ["</details>", ""]
            }
        }
        if collapsed && detail != .summary {
            lines += ["<details><summary>Details</summary>", ""] + body + ["</details>", ""]
        } else {
            lines += body
        }
        return lines
    }

    /// Where the whole picture is, when a diagram had to be cut.
    private func svgHint() -> String {
        guard let directory = options.svgDirectory else { return " `aslkit diff --svg-dir DIR` draws all of it as SVG." }
        let path = directory + (directory.hasSuffix("/") ? "" : "/") + DiffSVGNames.stem(diff.name) + ".after.svg"
        return " The whole picture: [\(DiffEscaping.markdown(path))](\(DiffEscaping.urlPath(path)))."
    }

    private func metrics() -> [String] {
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
            lines += ["Worst-case path now: " + after.worstPath.map(DiffEscaping.code).joined(separator: " → "), ""]
        }
        return lines
    }

    private func changeLists() -> [String] {
        var lines: [String] = []
        lines += list("Machine", diff.machineFields.map { "- " + field($0) })
        var states: [String] = []
        states += diff.addedStates.map { "- ➕ added \(state($0))" }
        states += diff.removedStates.map { "- ➖ removed \(DiffEscaping.code($0.name)) (\($0.type)\(scope($0)))" }
        states += diff.renamedStates.map { "- 🏷️ renamed \(DiffEscaping.code($0.oldName)) → \(state($0.state))" }
        for change in diff.changedStates {
            let renamed = change.renamedFrom.map { " (renamed from \(DiffEscaping.code($0)))" } ?? ""
            states.append("- ✏️ changed \(state(change.state))\(renamed)")
            states += change.fields.map { "  - " + field($0) }
        }
        lines += list("States", states)
        var transitions = diff.addedTransitions.map { "- ➕ " + transition($0) }
        transitions += diff.removedTransitions.map { "- ➖ " + transition($0) }
        lines += list("Transitions", transitions)
        var reach = diff.becameUnreachable.map { "- ⚠️ now unreachable: \(state($0))" }
        reach += diff.becameReachable.map { "- now reachable: \(state($0))" }
        lines += list("Reachability", reach)
        var findings = diff.introduced.map { "- 🆕 " + finding($0.severity.rawValue, $0.ruleID, $0.stateName, $0.message, $0.position?.line) }
        findings += diff.fixed.map { "- ✅ fixed " + finding($0.severity.rawValue, $0.ruleID, $0.stateName, $0.message, nil) }
        lines += list("Diagnostics", findings)
        lines += list("Budgets", diff.brokenBudgets.map { "- ❌ \(DiffEscaping.code("--" + $0.budget)): \(DiffEscaping.markdown($0.message))" })
        return lines
    }

    private func list(_ title: String, _ items: [String]) -> [String] {
        guard !items.isEmpty else { return [] }
        if items.count > Self.openListLimit {
            return ["<details><summary>\(title) (\(items.count))</summary>", ""] + items + ["", "</details>", ""]
        }
        return ["**\(title)**", ""] + items + [""]
    }

    private func state(_ ref: DiffStateRef) -> String {
        "\(DiffEscaping.code(ref.name)) (\(ref.type)\(scope(ref)))" + link(ref.line)
    }

    private func scope(_ ref: DiffStateRef) -> String {
        ref.scope == "machine" ? "" : ", in " + DiffEscaping.markdown(ref.scope)
    }

    private func field(_ change: FieldChange) -> String {
        let name = DiffEscaping.code(change.field)
        let text: String
        switch change.kind {
        case .changed: text = "\(name): \(DiffEscaping.code(change.before ?? "")) → \(DiffEscaping.code(change.after ?? ""))"
        case .added: text = "\(name) added: \(DiffEscaping.code(change.after ?? ""))"
        case .removed: text = "\(name) removed (was \(DiffEscaping.code(change.before ?? "")))"
        }
        return text + (change.kind == .removed ? "" : link(change.line))
    }

    private func transition(_ t: TransitionChange) -> String {
        let where_ = t.scope == "machine" ? "" : ", in " + DiffEscaping.markdown(t.scope)
        return "\(DiffEscaping.code(t.from)) → \(DiffEscaping.code(t.to)) (\(DiffEscaping.markdown(t.label))\(where_))"
    }

    private func finding(_ severity: String, _ rule: String, _ stateName: String?, _ message: String, _ line: Int?) -> String {
        let at = stateName.map { " at \(DiffEscaping.code($0))" } ?? ""
        return "\(severity) \(DiffEscaping.code(rule))\(at): \(DiffEscaping.markdown(message))" + link(line)
    }

    /// ` — [file#L12](base/file#L12)`, or the same text without a link when no base is set.
    private func link(_ line: Int?) -> String {
        guard let line else { return "" }
        let text = DiffEscaping.markdown("\(diff.file)#L\(line)")
        guard let base = options.linkBase else { return " — \(text)" }
        let separator = base.isEmpty || base.hasSuffix("/") ? "" : "/"
        return " — [\(text)](\(base)\(separator)\(DiffEscaping.urlPath(diff.file))#L\(line))"
    }
}
