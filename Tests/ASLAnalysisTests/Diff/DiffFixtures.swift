import ASLAnalysis
import ASLLoad

/// Versions of small machines for diff tests, and a one-call diff of two texts.
enum DiffFixtures {
    static let lambda = "arn:aws:states:::lambda:invoke"

    /// Validate → Route (Choice: total > 100 → Review, else Charge) → Charge (Catch → Failed).
    static let order = """
        {"StartAt": "Validate", "States": {
          "Validate": {"Type": "Task", "Resource": "\(lambda)", "TimeoutSeconds": 30, "Next": "Route"},
          "Route": {"Type": "Choice", "Choices": [{"Variable": "$.total", "NumericGreaterThan": 100, "Next": "Review"}],
            "Default": "Charge"},
          "Review": {"Type": "Task", "Resource": "\(lambda)", "TimeoutSeconds": 60, "Next": "Charge"},
          "Charge": {"Type": "Task", "Resource": "\(lambda)", "TimeoutSeconds": 10,
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}], "End": true},
          "Failed": {"Type": "Fail"}}}
        """

    static func load(_ text: String, file: String = "order.asl.json") -> LoadResult {
        Loader.load(SourceText(path: file, text: text))
    }

    /// The diff of the one machine of two texts of the same file (`nil` when unchanged).
    static func diff(_ base: String, _ head: String, options: DiffOptions = DiffOptions()) -> MachineDiff? {
        RepositoryDiffer.diff(base: load(base), head: load(head), baseLabel: "base", headLabel: "head", options: options)
            .machines.first
    }

    /// `order` with `replacements` applied in turn (each must match).
    static func edited(_ replacements: [(String, String)], of text: String = order) -> String {
        var result = text
        for (old, new) in replacements {
            precondition(result.contains(old), "fixture edit does not match: \(old)")
            result = result.replacingOccurrences(of: old, with: new)
        }
        return result
    }
}
