import ASLAnalysis

/// How one state, field, transition or finding of a machine's diff reads in the Markdown
/// comment, with a link to its line when a link base is given.
struct DiffItemText {
    var diff: MachineDiff
    var options: DiffReportOptions

    func state(_ ref: DiffStateRef) -> String {
        "\(DiffEscaping.code(ref.name)) (\(ref.type)\(scope(ref)))" + link(ref.line)
    }

    func scope(_ ref: DiffStateRef) -> String {
        ref.scope == "machine" ? "" : ", in " + DiffEscaping.markdown(ref.scope)
    }

    func field(_ change: FieldChange) -> String {
        let name = DiffEscaping.code(change.field)
        let text: String
        switch change.kind {
        case .changed: text = "\(name): \(DiffEscaping.code(change.before ?? "")) → \(DiffEscaping.code(change.after ?? ""))"
        case .added: text = "\(name) added: \(DiffEscaping.code(change.after ?? ""))"
        case .removed: text = "\(name) removed (was \(DiffEscaping.code(change.before ?? "")))"
        }
        return text + (change.kind == .removed ? "" : link(change.line))
    }

    func transition(_ t: TransitionChange) -> String {
        let where_ = t.scope == "machine" ? "" : ", in " + DiffEscaping.markdown(t.scope)
        return "\(DiffEscaping.code(t.from)) → \(DiffEscaping.code(t.to)) (\(DiffEscaping.markdown(t.label))\(where_))"
    }

    func finding(_ severity: String, _ rule: String, _ stateName: String?, _ message: String, _ line: Int?) -> String {
        let at = stateName.map { " at \(DiffEscaping.code($0))" } ?? ""
        return "\(severity) \(DiffEscaping.code(rule))\(at): \(DiffEscaping.markdown(message))" + link(line)
    }

    /// ` — [file#L12](base/file#L12)`, or the same text without a link when no base is set.
    func link(_ line: Int?) -> String {
        guard let line else { return "" }
        let text = DiffEscaping.markdown("\(diff.file)#L\(line)")
        guard let base = options.linkBase else { return " — \(text)" }
        let separator = base.isEmpty || base.hasSuffix("/") ? "" : "/"
        return " — [\(text)](\(base)\(separator)\(DiffEscaping.urlPath(diff.file))#L\(line))"
    }

    /// The worst-case path on one line, shortened around the states this change touches.
    func path(_ states: [String]) -> String {
        var touched = Set(diff.addedStates.map(\.name))
        touched.formUnion(diff.changedStates.map(\.state.name))
        touched.formUnion(diff.renamedStates.map(\.state.name))
        let pieces = StatePathAbbreviation().pieces(states, marked: touched)
        return StatePathAbbreviation.join(pieces, state: DiffEscaping.code, gap: { "_\($0)_" })
    }
}
