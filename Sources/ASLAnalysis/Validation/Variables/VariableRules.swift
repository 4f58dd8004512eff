/// Catalogue entries for workflow variables.
enum VariableRules {
    typealias E = RuleExamples

    static let undefined = RuleDescription(
        id: "variable-undefined", title: "Variable never assigned", category: .variables, severity: .error,
        summary: "A `$name` is read, but no state of its scope or an enclosing scope assigns it.",
        rationale: "The read fails at run time (States.QueryEvaluationError in JSONata, a path failure in JSONPath); usually a typo.",
        triggering: [E.parameter("$ordr"), E.output("$ordr.id")],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"order": 1}, "Next": "B"}, "B": {"Type": "Pass", "Parameters": {"o.$": "$order"}, "End": true}}}"#])

    static let maybeUnassigned = RuleDescription(
        id: "variable-maybe-unassigned", title: "Variable maybe not yet assigned", category: .variables, severity: .warning,
        summary: "A `$name` is read in a state that some path from `StartAt` reaches without assigning it (assignments take effect in the next state; a Catch path skips the state's own `Assign`).",
        rationale: "On that path the read fails at run time.",
        triggering: [
            #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"x": 1}, "Parameters": {"x.$": "$x"}, "End": true}}}"#,
            #"{"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Assign": {"r": "{% $states.result %}"}, "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "U"}], "Next": "U"}, "U": {"Type": "Pass", "Output": "{% $r %}", "End": true}}}"#,
        ],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"x": 1}, "Next": "B"}, "B": {"Type": "Pass", "Parameters": {"x.$": "$x"}, "End": true}}}"#])

    static let assignsOuter = RuleDescription(
        id: "variable-assigns-outer", title: "Branch assigns an outer variable", category: .variables, severity: .error,
        summary: "A Parallel branch or Map iteration assigns a name that an enclosing scope assigns.",
        rationale: "Inner scopes may read outer variables but not assign them (States Language specification, November 2024); the branch would only change its own copy.",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"n": 0}, "Next": "P"}, "P": {"Type": "Parallel", "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Pass", "Assign": {"n": 1}, "End": true}}}], "Parameters": {"n.$": "$n"}, "End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"n": 0}, "Next": "P"}, "P": {"Type": "Parallel", "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Pass", "Parameters": {"n.$": "$n"}, "End": true}}}], "End": true}}}"#])

    static let nameInvalid = RuleDescription(
        id: "variable-name-invalid", title: "Invalid variable name", category: .variables, severity: .error,
        summary: "An `Assign` key is `states`, is longer than 80 characters, or is not an identifier (letters, digits, `_`, `$`; not starting with a digit).",
        rationale: "AWS rejects the definition; such a name could not be read as `$name` anyway.",
        awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [E.pass(#""Assign": {"top-level": 1}"#), E.pass(#""Assign": {"states": 1}"#)],
        passing: [E.pass(#""Assign": {"topLevel": 1, "_n2": 2}"#)])

    static let unused = RuleDescription(
        id: "variable-unused", title: "Variable never read", category: .variables, severity: .note,
        summary: "A variable is assigned but never read in its scope or a nested one.",
        rationale: "Dead data costs state size (up to 256 KiB per state) and usually means a typo or a leftover.",
        triggering: [E.pass(#""Assign": {"x": 1}"#)],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"x": 1}, "Next": "B"}, "B": {"Type": "Pass", "Parameters": {"x.$": "$x"}, "End": true}}}"#])

    static let all = [undefined, maybeUnassigned, assignsOuter, nameInvalid, unused]
}
