import ASLExpressions

/// Entries for the JSONata rules.
extension ExpressionRules {
    static let jsonataRules: [RuleDescription] = [
        describe(
            .jsonataSyntax, "Malformed JSONata", "AWS rejects the definition.", aws: "INVALID_JSONATA_EXPRESSION",
            triggering: [E.output("1 +"), E.output("420.")],
            passing: [E.output("1 + 2")]),
        describe(
            .jsonataDelimiters, "JSONata delimiters",
            "Only a string that is exactly `{% … %}` is evaluated; with a missing `%}` or surrounding spaces it is a literal string.",
            triggering: [E.jsonata(#""Output": "{% $states.input.a""#)],
            passing: [E.jsonata(#""Output": "{% $states.input.a %}""#)]),
        describe(
            .jsonataTopLevelReference, "JSONata reference at the top level",
            "Step Functions evaluates expressions without a context value; write `$states.input.field`.",
            aws: "UNSUPPORTED_JSONATA_EXPRESSION",
            triggering: [E.output("order.id"), E.output("$.id")],
            passing: [E.output("$states.input.order.id")]),
        describe(
            .jsonataStatesResultNotAllowed, "`$states.result` out of place",
            "The result exists only after a Task, Map or Parallel ran, in its `Output` and `Assign`.",
            triggering: [E.output("$states.result")],
            passing: [E.jsonata(#""Output": "{% $states.result.Payload %}""#, type: "Task")]),
        describe(
            .jsonataStatesErrorOutputNotAllowed, "`$states.errorOutput` out of place",
            "The error output exists only in a Catcher's `Output` and `Assign`.",
            triggering: [E.output("$states.errorOutput")],
            passing: [
                #"{"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Catch": [{"ErrorEquals": ["States.ALL"], "Output": "{% $states.errorOutput %}", "Next": "B"}], "End": true}, "B": {"Type": "Succeed"}}}"#
            ]),
        describe(
            .jsonataUnknownStatesField, "Unknown `$states` field",
            "`$states` has only input, context, result and errorOutput; anything else is undefined.",
            triggering: [E.output("$states.inputs")],
            passing: [E.output("$states.input")]),
        describe(
            .jsonataUnknownFunction, "Unknown JSONata function",
            "The call fails at run time; often a typo of a built-in such as `$string`.",
            triggering: [E.output("$strng(1)")],
            passing: [E.output("$string(1)")]),
        describe(
            .jsonataArity, "Wrong number of JSONata arguments", "The call fails at run time.",
            triggering: [E.output("$substring()")],
            passing: [E.output("$substring('abc', 1)")]),
    ]
}
