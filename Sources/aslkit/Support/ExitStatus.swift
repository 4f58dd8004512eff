import ASLAnalysis
import ASLSource

/// The exit statuses every command shares: 0 clean, 1 findings, 2 usage or unreadable input.
enum ExitStatus {
    static let unreadableInputRules: Set<String> = ["input-unreadable", "input-too-large"]

    static func forValidation(_ run: ValidationRun, strict: Bool) -> Int32 {
        if run.diagnostics.contains(where: { unreadableInputRules.contains($0.ruleID) }) { return 2 }
        let failing: Severity = strict ? .warning : .error
        return run.diagnostics.contains { $0.severity >= failing } ? 1 : 0
    }
}
