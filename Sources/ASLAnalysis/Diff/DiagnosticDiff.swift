import ASLSource

/// Diagnostics introduced and fixed by a change, matched by rule, state and message (not by
/// line), so a state that moved in the file does not make its findings new.
enum DiagnosticDiff {
    /// - Complexity: O(b + h).
    static func compare(base: [Diagnostic], head: [Diagnostic], renames: [String: String]) -> (introduced: [Diagnostic], fixed: [Diagnostic]) {
        let unmatched = OrderedMatching.unmatched(
            baseCount: base.count, headCount: head.count,
            baseKey: { Key(base[$0], stateName: base[$0].stateName.map { renames[$0] ?? $0 }) },
            headKey: { Key(head[$0], stateName: head[$0].stateName) })
        return (unmatched.head.map { head[$0] }, unmatched.base.map { base[$0] })
    }

    /// What makes two findings the same one; the strings are the diagnostic's own.
    private struct Key: Hashable {
        var ruleID: String
        var stateName: String
        var message: String

        init(_ diagnostic: Diagnostic, stateName: String?) {
            ruleID = diagnostic.ruleID
            self.stateName = stateName ?? ""
            message = diagnostic.message
        }
    }
}
