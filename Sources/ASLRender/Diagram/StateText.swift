import ASLModel
import ASLSource

/// What a state's node shows besides its name and subtitle, kept as the state itself (shared
/// with the model), the positions of its findings and its merged Catch badges, and made into
/// text only when a writer asks. A 50,000-state drawing held its badges and tooltips as
/// strings: about 25 MB, most of it tooltips that Mermaid never shows.
///
/// Each text is cut to the `LabelLimits` a writer would apply, so that the limits need not
/// make every text to measure it.
struct StateText: Sendable {
    var state: State
    var unreachable: Bool
    /// Every finding of the drawing (the caller's array, not a copy).
    var diagnostics: [Diagnostic]
    /// Positions in `diagnostics` of this state's findings, in the order they are listed.
    var findings: [Int]
    /// Catch edges drawn as badges instead (see `ScopeBuilder.mergedCatches`).
    var merged: [MergedCatchBadge]

    var badges: [String] {
        var badges = StateDescription.badges(state)
        if let worst = findings.lazy.map({ diagnostics[$0].severity }).max() {
            let count = findings.count { diagnostics[$0].severity == worst }
            let noun = worst == .error ? "error" : worst == .warning ? "warning" : "note"
            // A note is not a problem: it gets ℹ, not the warning sign.
            badges.append("\(worst == .note ? "ℹ" : "⚠") \(count) \(noun)\(count == 1 ? "" : "s")")
        }
        badges += merged.map { $0.text(in: state) }
        return badges.map { LabelLimits.cut($0, LabelLimits.badge) }
    }

    var tooltip: String {
        var tooltip = VisibleName.of(state.name) + "\n" + StateDescription.tooltip(state)
        if unreachable { tooltip += "\nUnreachable from StartAt" }
        for finding in findings.lazy.map({ diagnostics[$0] }) {
            tooltip += "\n\(finding.severity.rawValue) [\(finding.ruleID)]: \(finding.message)"
        }
        return LabelLimits.cut(tooltip, LabelLimits.tooltip)
    }
}

extension StateText: Hashable {
    /// The drawing's findings are compared (an array shared by every node compares by
    /// identity first) but not hashed: hashing them per node would cost their whole length.
    static func == (a: StateText, b: StateText) -> Bool {
        a.state == b.state && a.unreachable == b.unreachable && a.findings == b.findings && a.merged == b.merged
            && a.findings.allSatisfy { a.diagnostics[$0] == b.diagnostics[$0] }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(state.name)
        hasher.combine(unreachable)
        hasher.combine(findings)
        hasher.combine(merged)
    }
}

/// A badge that stands for Catch edges to a handler many states share.
enum MergedCatchBadge: Hashable, Sendable {
    /// On a catching state: "on <errors> → <handler>", for its catcher with this `index`.
    case catches(catcher: Int, handler: String)
    /// On the handler: "handles errors of N states".
    case handles(states: Int)

    func text(in state: State) -> String {
        switch self {
        case .catches(let index, let handler):
            let errors = ScopeBuilder.element(at: index, of: state.catchers, index: \.index)?.errorNames ?? []
            return "on " + Abbreviation.cut(ScopeBuilder.errorList(errors), limit: 24) + " → " + Abbreviation.cut(VisibleName.of(handler), limit: 24)
        case .handles(let states): return "handles errors of \(states) states"
        }
    }
}
