import ASLAnalysis
import ASLLoad
import ASLSource

/// Validates `json` and keeps the findings of the expression and variable rules as
/// `line:column rule-id`, in document order.
func expressionFindings(_ json: String, severities: Set<Severity> = [.error, .warning, .note]) -> [String] {
    let ids = Set(RuleCatalogue.rules.filter { $0.category == .expressions || $0.category == .variables }.map(\.id))
    let read = JSONReader.parse(json, file: "t.asl.json")
    guard let root = read.root else { return read.diagnostics.map(\.message) }
    return Validator.validate(definition: root, file: "t.asl.json")
        .filter { ids.contains($0.ruleID) && severities.contains($0.severity) }
        .map { "\($0.position?.line ?? 0):\($0.position?.column ?? 0) \($0.ruleID)" }
}
