import ASLExpressions

/// `rule@offset` for each finding: the stable part the tests pin down.
func ruleOffsets(_ findings: [ExpressionFinding]) -> [String] {
    findings.map { "\($0.ruleID)@\($0.offset)" }
}

func readOffsets(_ reads: [VariableRead]) -> [String] {
    reads.map { "\($0.name)@\($0.offset)" }
}
