import ASLSource
import Testing
@testable import ASLExpressions

/// (rule id, offset) pairs: the stable part of a finding.
func ruleOffsets(_ findings: [ExpressionFinding]) -> [String] {
    findings.map { "\($0.ruleID)@\($0.offset)" }
}
