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
    /// except an unknown context-object field: AWS documents the context object but may add
    /// fields, and such a path only yields nothing at run time, so it is a warning.
    public var defaultSeverity: Severity {
        switch self {
        case .jsonPathUnknownContextField: .warning
        default: .error
        }
    }
}
