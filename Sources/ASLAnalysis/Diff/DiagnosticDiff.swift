import ASLSource

/// Diagnostics introduced and fixed by a change, matched by rule, state and message (not by
/// line), so a state that moved in the file does not make its findings new.
enum DiagnosticDiff {
    /// - Complexity: O(b + h).
    static func compare(base: [Diagnostic], head: [Diagnostic], renames: [String: String]) -> (introduced: [Diagnostic], fixed: [Diagnostic]) {
        func key(_ d: Diagnostic, _ renames: [String: String]) -> String {
            let state = d.stateName.map { renames[$0] ?? $0 } ?? ""
            return [d.ruleID, state, d.message].joined(separator: "\u{1}")
        }
        var baseCounts: [String: Int] = [:]
        for d in base { baseCounts[key(d, renames), default: 0] += 1 }
        var headCounts: [String: Int] = [:]
        for d in head { headCounts[key(d, [:]), default: 0] += 1 }
        let introduced = head.filter { d in
            let k = key(d, [:])
            guard let count = baseCounts[k], count > 0 else { return true }
            baseCounts[k] = count - 1
            return false
        }
        let fixed = base.filter { d in
            let k = key(d, renames)
            guard let count = headCounts[k], count > 0 else { return true }
            headCounts[k] = count - 1
            return false
        }
        return (introduced, fixed)
    }
}
