import ASLAnalysis
import ASLSource

/// The exit statuses every command shares: 0 clean, 1 findings, 2 usage or unreadable input.
enum ExitStatus {
    static let unreadableInputRules: Set<String> = ["input-unreadable", "input-too-large"]

    static func forValidation(_ run: ValidationRun, strict: Bool) -> Int32 {
        if run.hasFinding(ruledBy: unreadableInputRules) { return 2 }
        let failing: Severity = strict ? .warning : .error
        return Severity.allCases.contains { $0 >= failing && run.count($0) > 0 } ? 1 : 0
    }
}
