import ASLExpressions
import ASLSource

/// Catalogue entries for the rules of `ASLExpressions` (summary and severity come from
/// `ExpressionRule`) and for the checks this target adds around them.
enum ExpressionRules {
    typealias E = RuleExamples

    static func describe(
        _ rule: ExpressionRule, _ title: String, _ rationale: String, aws: String? = nil, triggering: [String], passing: [String]
    ) -> RuleDescription {
        RuleDescription(
            id: rule.rawValue, title: title, category: .expressions, severity: rule.defaultSeverity, summary: rule.summary,
            rationale: rationale, awsCode: aws, triggering: triggering, passing: passing)
    }

    /// The catalogue entry of `rule`.
    static func description(_ rule: ExpressionRule) -> RuleDescription {
        (jsonPathRules + jsonataRules).first { $0.id == rule.rawValue }!
    }

    static let duplicateKey = RuleDescription(
        id: "payload-template-duplicate-key", title: "Payload template keys collide", category: .expressions, severity: .error,
        summary: "Two keys of one payload template or `Assign` object name the same field once `.$` is stripped (`\"a\"` and `\"a.$\"`).",
        rationale: "Only one value can end up in the field, and which one is undefined (asl-validator reports it as DUPLICATE_FIELD_NAME).",
        triggering: [E.pass(#""Parameters": {"a": 1, "a.$": "$.a"}"#)],
        passing: [E.pass(#""Parameters": {"a": 1, "b.$": "$.a"}"#)])

    static let mapContextOutsideMap = RuleDescription(
        id: "context-map-outside-map", title: "Map context outside a Map", category: .expressions, severity: .error,
        summary: "`$$.Map.…` (JSONata `$states.context.Map`) is used outside a Map state's item processing and `ItemSelector`.",
        rationale: "The context object has a `Map` field only while a Map iteration runs; elsewhere the path fails at run time.",
        triggering: [E.parameter("$$.Map.Item.Value"), E.output("$states.context.Map.Item.Index")],
        passing: [
            #"{"StartAt": "M", "States": {"M": {"Type": "Map", "ItemSelector": {"v.$": "$$.Map.Item.Value"}, "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"i.$": "$$.Map.Item.Index"}, "End": true}}}, "End": true}}}"#
        ])

    static let intrinsicNotString = RuleDescription(
        id: "intrinsic-result-not-string", title: "Intrinsic does not return a string", category: .expressions, severity: .error,
        summary: "`ErrorPath` or `CausePath` calls an intrinsic function that does not return a string.",
        rationale: "These fields must yield a string; AWS accepts only States.Format, JsonToString, ArrayGetItem, Base64Encode, Base64Decode, Hash and UUID there.",
        awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [E.fail(#""ErrorPath": "States.MathAdd($.a, 1)""#)],
        passing: [E.fail(#""ErrorPath": "States.Format('E{}', $.code)", "CausePath": "$.cause""#)])

    static let conditionInvalid = RuleDescription(
        id: "choice-condition-invalid", title: "Condition is not boolean or expression", category: .expressions, severity: .error,
        summary: "A JSONata Choice rule's `Condition` is neither `true`/`false` nor a `{% … %}` expression.",
        rationale: "A plain string such as `\"$x > 1\"` is a literal, never evaluated; AWS rejects non-boolean conditions.",
        awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"QueryLanguage": "JSONata", "StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Condition": "$states.input.ok", "Next": "D"}], "Default": "D"}, "D": {"Type": "Succeed"}}}"#],
        passing: [#"{"QueryLanguage": "JSONata", "StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.ok %}", "Next": "D"}, {"Condition": true, "Next": "D"}], "Default": "D"}, "D": {"Type": "Succeed"}}}"#])

    static let all: [RuleDescription] = jsonPathRules + jsonataRules + [duplicateKey, mapContextOutsideMap, intrinsicNotString, conditionInvalid]
}
