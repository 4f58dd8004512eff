import ASLSource

/// Checks every expression string of the machine (JSONPath paths, intrinsic calls, payload
/// templates, JSONata) with the column inside the string, then runs the variable analysis on
/// the reads and assignments the same scan collected, so each string is parsed once.
struct ExpressionCheck: Check {
    static let isCostly = true
    static let rules = ExpressionRules.all + VariableRules.all

    func run(_ context: ValidationContext) -> [Diagnostic] {
        let tree = ScopeTree(graph: context.graph)
        let scan = ExpressionScan(context: context, tree: tree)
        let variables = VariableAnalysis(graph: context.graph, tree: tree, facts: scan.sink.facts)
        return scan.sink.diagnostics + variables.diagnostics(file: context.file)
    }
}
