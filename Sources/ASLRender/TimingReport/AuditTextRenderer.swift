import ASLAnalysis

/// `aslkit audit` output: one line per machine that keeps its budgets, one line per broken
/// budget otherwise (`file: budget: message`), then a summary line.
public enum AuditTextRenderer {
    public static func render(_ audits: [MachineAudit]) -> String {
        var lines: [String] = []
        for audit in audits {
            if audit.passed {
                let r = audit.report
                let attempts = "\(r.maxAttempts) attempt\(r.maxAttempts == 1 ? "" : "s")"
                let transitions = r.maxTransitions.map(String.init) ?? "unbounded"
                lines.append(
                    "\(audit.file): ok (worst \(SecondsText.format(r.worstSeconds)), at most \(attempts) per state, \(transitions) transitions, \(Dollars.format(audit.cost.maxDollars)))"
                )
            } else {
                lines += audit.breaches.map { "\(audit.file): \($0.budget): \($0.message)" }
            }
        }
        let failed = audits.filter { !$0.passed }.count
        lines.append(failed == 0 ? "\(audits.count) machine(s) within budget" : "\(failed) of \(audits.count) machine(s) over budget")
        return TerminalText.lines(lines)
    }
}
