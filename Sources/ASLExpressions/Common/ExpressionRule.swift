import ASLSource

/// Every rule id this module reports, with its default severity.
///
/// Raw values are the stable kebab-case ids that end up in `Diagnostic.ruleID`.
public enum ExpressionRule: String, CaseIterable, Sendable {
    case expressionTooDeep = "expression-too-deep"

    case jsonPathSyntax = "jsonpath-syntax"
    case jsonPathNotReferencePath = "jsonpath-not-reference-path"
    case jsonPathUnknownContextField = "jsonpath-unknown-context-field"
    case jsonPathResultPathVariable = "jsonpath-resultpath-variable"

    case intrinsicSyntax = "intrinsic-syntax"
    case intrinsicUnknownFunction = "intrinsic-unknown-function"
    case intrinsicArity = "intrinsic-arity"
    case intrinsicArgumentType = "intrinsic-argument-type"
    case intrinsicFormatPlaceholders = "intrinsic-format-placeholders"
    case intrinsicInvalidArgument = "intrinsic-invalid-argument"
    case intrinsicNestingTooDeep = "intrinsic-nesting-too-deep"
    case payloadTemplateValueInvalid = "payload-template-value-invalid"

    case jsonataSyntax = "jsonata-syntax"
    case jsonataDelimiters = "jsonata-delimiters"
    case jsonataTopLevelReference = "jsonata-top-level-reference"
    case jsonataStatesResultNotAllowed = "jsonata-states-result-not-allowed"
    case jsonataStatesErrorOutputNotAllowed = "jsonata-states-error-output-not-allowed"
    case jsonataUnknownStatesField = "jsonata-unknown-states-field"
    case jsonataUnknownFunction = "jsonata-unknown-function"
    case jsonataArity = "jsonata-arity"

    /// All rules are errors (AWS rejects the definition, or the expression cannot work)
    /// except two warnings: an unknown context-object field (AWS may add fields; such a path
    /// only yields nothing at run time) and more than 10 intrinsic calls in a field (AWS's
    /// wording of that limit is ambiguous between depth and count; we count).
    public var defaultSeverity: Severity {
        switch self {
        case .jsonPathUnknownContextField, .intrinsicNestingTooDeep: .warning
        default: .error
        }
    }

    /// One line on what the rule reports, for rule tables and SARIF `rules[]`.
    public var summary: String {
        switch self {
        case .expressionTooDeep: "An expression is nested too deeply to check safely."
        case .jsonPathSyntax: "A JSONPath is malformed."
        case .jsonPathNotReferencePath: "A field that needs a Reference Path uses a wildcard, filter, slice, union, deep scan or function."
        case .jsonPathUnknownContextField: "A `$$.` path names a context object field that does not exist."
        case .jsonPathResultPathVariable: "ResultPath starts from a variable instead of the state input."
        case .intrinsicSyntax: "An intrinsic function call is malformed."
        case .intrinsicUnknownFunction: "A `States.` function that does not exist is called."
        case .intrinsicArity: "An intrinsic function is called with the wrong number of arguments."
        case .intrinsicArgumentType: "A literal or nested-call argument has the wrong type for its parameter."
        case .intrinsicFormatPlaceholders: "A States.Format template's `{}` count differs from the number of values."
        case .intrinsicInvalidArgument: "A literal argument has a value AWS rejects (zero step, range over 1000, bad algorithm, …)."
        case .intrinsicNestingTooDeep: "More than 10 intrinsic function calls are nested in one field."
        case .payloadTemplateValueInvalid: "A `.$` field holds neither a path nor an intrinsic call."
        case .jsonataSyntax: "A JSONata expression is malformed."
        case .jsonataDelimiters: "A JSONata field is not exactly `{% expression %}`."
        case .jsonataTopLevelReference: "A JSONata expression refers to `$`, `$$` or a field name at the top level."
        case .jsonataStatesResultNotAllowed: "`$states.result` is used outside a Task, Map or Parallel Output/Assign."
        case .jsonataStatesErrorOutputNotAllowed: "`$states.errorOutput` is used outside a Catcher's Output/Assign."
        case .jsonataUnknownStatesField: "`$states.` is followed by a field other than input, context, result or errorOutput."
        case .jsonataUnknownFunction: "A function that is neither built in, bound in the expression, nor a known variable is called."
        case .jsonataArity: "A built-in JSONata or Step Functions function is called with the wrong number of arguments."
        }
    }
}
