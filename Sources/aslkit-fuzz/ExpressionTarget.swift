import ASLExpressions

/// Every expression parser on one string: JSONPath (as a Path, a Reference Path and a
/// ResultPath), intrinsic functions, payload template values, and JSONata (as written and
/// inside `{% … %}`). Findings and variable reads must point inside the string.
enum ExpressionTarget {
    static let target = FuzzTarget(name: "expressions", summary: "JSONPath, intrinsic and JSONata checkers (ASLExpressions)") { bytes in
        let text = String(decoding: bytes, as: UTF8.self)
        var findings = 0
        func checked(_ findings: [ExpressionFinding], _ reads: [VariableRead], in text: String, by checker: String) -> Int {
            let length = text.unicodeScalars.count
            for finding in findings {
                FuzzFailure.require(
                    (0...length).contains(finding.offset) && !finding.ruleID.isEmpty,
                    "\(checker): [\(finding.ruleID)] at offset \(finding.offset) of a \(length)-scalar string")
            }
            for read in reads {
                FuzzFailure.require((0...length).contains(read.offset), "\(checker): read of $\(read.name) at offset \(read.offset) of \(length)")
            }
            return findings.count
        }
        for kind in [JSONPathKind.path, .referencePath, .resultPath] {
            let check = JSONPathChecker.check(text, as: kind)
            findings += checked(check.findings, check.variableReads, in: text, by: "JSONPath \(kind)")
        }
        let intrinsic = IntrinsicChecker.check(text)
        findings += checked(intrinsic.findings, intrinsic.variableReads, in: text, by: "intrinsic")
        for path in intrinsic.paths {
            FuzzFailure.require((0...text.unicodeScalars.count).contains(path.offset), "intrinsic path argument at \(path.offset)")
        }
        let payload = PayloadTemplateValue.check(text)
        findings += checked(payload.findings, payload.variableReads, in: text, by: "payload value")
        let wrapped = JSONataChecker.isExpression(text) ? text : "{% " + text + " %}"
        for context in [JSONataContext(), JSONataContext(allowsStatesResult: true, allowsErrorOutput: true, knownVariables: ["x"])] {
            let jsonata = JSONataChecker.check(wrapped, context: context)
            findings += checked(jsonata.findings, jsonata.variableReads, in: wrapped, by: "JSONata")
        }
        return "\(findings) findings"
    }
}
