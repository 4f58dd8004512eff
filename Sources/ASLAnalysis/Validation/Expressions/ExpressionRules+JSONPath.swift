import ASLExpressions

/// Entries for the JSONPath and intrinsic-function rules.
extension ExpressionRules {
    static let jsonPathRules: [RuleDescription] = [
        describe(
            .jsonPathSyntax, "Malformed JSONPath", "AWS rejects a definition whose paths do not parse.",
            aws: "SCHEMA_VALIDATION_FAILED",
            triggering: [E.pass(#""InputPath": "$.a[""#), E.pass(#""InputPath": "bug$.a""#)],
            passing: [E.pass(#""InputPath": "$.a[0]", "OutputPath": null"#)]),
        describe(
            .jsonPathNotReferencePath, "Path where a Reference Path is needed",
            "ResultPath, Choice `Variable` and the `…Path` settings must select a single node; AWS rejects the others.",
            aws: "SCHEMA_VALIDATION_FAILED",
            triggering: [E.pass(#""ResultPath": "$.a[*]""#)],
            passing: [E.pass(#""ResultPath": "$.a[0].b""#)]),
        describe(
            .jsonPathUnknownContextField, "Unknown context object field",
            "The context object has only Execution, State, StateMachine, Task and Map; any other path selects nothing.",
            triggering: [E.parameter("$$.Executions.Id")],
            passing: [E.parameter("$$.Execution.Id")]),
        describe(
            .jsonPathResultPathVariable, "ResultPath names a variable",
            "ResultPath places the result into the state input; variables are set with `Assign`.",
            aws: "SCHEMA_VALIDATION_FAILED",
            triggering: [E.pass(#""ResultPath": "$result""#)],
            passing: [E.pass(#""ResultPath": "$.result""#)]),
        describe(
            .expressionTooDeep, "Expression too deep",
            "Protects the checker from hostile input; no real expression nests this deeply.",
            triggering: [E.output(String(repeating: "(", count: 250) + "1" + String(repeating: ")", count: 250))],
            passing: [E.output("((1))")]),
        describe(
            .intrinsicSyntax, "Malformed intrinsic call", "AWS rejects the definition.", aws: "SCHEMA_VALIDATION_FAILED",
            triggering: [E.parameter("States.Format('a'")],
            passing: [E.parameter("States.Format('a')")]),
        describe(
            .intrinsicUnknownFunction, "Unknown intrinsic function", "Only the functions of the specification's Appendix B exist.",
            aws: "SCHEMA_VALIDATION_FAILED",
            triggering: [E.parameter("States.Uuid()")],
            passing: [E.parameter("States.UUID()")]),
        describe(
            .intrinsicArity, "Wrong number of intrinsic arguments", "AWS rejects the call, or it fails at run time.",
            triggering: [E.parameter("States.ArrayLength()")],
            passing: [E.parameter("States.ArrayLength($.items)")]),
        describe(
            .intrinsicArgumentType, "Intrinsic argument of the wrong type",
            "A literal of the wrong type can never work; the call fails with States.IntrinsicFailure.",
            triggering: [E.parameter("States.MathAdd('one', 1)")],
            passing: [E.parameter("States.MathAdd($.n, 1)")]),
        describe(
            .intrinsicFormatPlaceholders, "States.Format placeholder count",
            "Each `{}` takes one value; a mismatch fails the state at run time.",
            triggering: [E.parameter("States.Format('{} and {}', $.a)")],
            passing: [E.parameter("States.Format('{} and {}', $.a, $.b)")]),
        describe(
            .intrinsicInvalidArgument, "Intrinsic argument value AWS rejects",
            "The value is outside what the function accepts; the call fails with States.IntrinsicFailure.",
            triggering: [E.parameter("States.ArrayRange(1, 9, 0)")],
            passing: [E.parameter("States.ArrayRange(1, 9, 2)")]),
        describe(
            .intrinsicNestingTooDeep, "More than 10 intrinsic calls",
            "AWS allows up to 10 intrinsic functions in one field.",
            triggering: [E.parameter(String(repeating: "States.Array(", count: 11) + "1" + String(repeating: ")", count: 11))],
            passing: [E.parameter("States.Array(States.Array(1))")]),
        describe(
            .payloadTemplateValueInvalid, "`.$` field without a path",
            "A key ending in `.$` says its value is a path or intrinsic call; anything else is rejected by AWS.",
            aws: "SCHEMA_VALIDATION_FAILED",
            triggering: [E.parameter("hello"), E.pass(#""Parameters": {"x.$": 3}"#)],
            passing: [E.pass(#""Parameters": {"x": "hello", "y.$": "$.y"}"#)]),
    ]
}
