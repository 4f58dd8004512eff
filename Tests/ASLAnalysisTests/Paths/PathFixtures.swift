@testable import ASLAnalysis
import ASLLoad
import ASLModel

/// Small machines written inline for path and coverage tests.
enum PathFixtures {
    static func machine(_ json: String) -> StateMachine {
        let result = JSONReader.parse(json, file: "test.asl.json")
        precondition(result.root != nil, "fixture does not parse: \(result.diagnostics)")
        return StateMachineBuilder.build(result.root!)
    }

    static func paths(_ json: String, _ options: PathOptions = PathOptions()) -> PathReport {
        PathAnalysis.analyze(machine(json), options: options)
    }

    /// `A → B`, `B → A | C` (Choice rule 1 loops back, Default leaves).
    static let simpleLoop = """
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Next": "B"},
          "B": {"Type": "Choice", "Choices": [{"Variable": "$.again", "BooleanEquals": true, "Next": "A"}], "Default": "C"},
          "C": {"Type": "Succeed"}}}
        """

    /// A Choice with two rules and a Default, each branch joining at `E`.
    static let diamond = """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [
            {"Variable": "$.amount", "NumericGreaterThan": 100, "Next": "X"},
            {"And": [{"Variable": "$.kind", "StringEquals": "gift"}, {"Not": {"Variable": "$.note", "IsPresent": true}}], "Next": "Y"}],
            "Default": "Z"},
          "X": {"Type": "Pass", "Next": "E"},
          "Y": {"Type": "Pass", "Next": "E"},
          "Z": {"Type": "Pass", "Next": "E"},
          "E": {"Type": "Succeed"}}}
        """

    /// `n` Choice diamonds in a row: 2^n paths.
    static func diamonds(_ n: Int) -> String {
        var states: [String] = []
        for i in 0..<n {
            let join = i + 1 < n ? "\"Next\": \"C\(i + 1)\"" : "\"End\": true"
            states.append("""
                "C\(i)": {"Type": "Choice", "Choices": [{"Variable": "$.v\(i)", "BooleanEquals": true, "Next": "L\(i)"}], "Default": "R\(i)"},
                "L\(i)": {"Type": "Pass", "Next": "J\(i)"}, "R\(i)": {"Type": "Pass", "Next": "J\(i)"},
                "J\(i)": {"Type": "Pass", \(join)}
                """)
        }
        return "{\"StartAt\": \"C0\", \"States\": {\(states.joined(separator: ",\n"))}}"
    }
}
