import ASLLoad
import ASLModel
import ASLSource

/// The rules the field schema reports under, and the wording shared by their messages.
enum FieldRules {
    static let unknown = RuleDescription(
        id: "field-unknown", title: "Field not allowed here", category: .fields, severity: .error,
        summary: "An object has a field that its kind of state (or Retrier, Catcher, Map setting) does not define.",
        rationale: "AWS rejects unknown fields; most are typos (`Timeout` for `TimeoutSeconds`) or fields of another state type (`Retry` on a Pass).",
        awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [
            #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Retry": [{"ErrorEquals": ["States.ALL"]}], "End": true}}}"#,
            #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "Timeout": 5, "End": true}}}"#,
        ],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "TimeoutSeconds": 5, "Retry": [{"ErrorEquals": ["States.ALL"]}], "End": true}}}"#])
    static let type = RuleDescription(
        id: "field-type", title: "Field has the wrong type", category: .fields, severity: .error,
        summary: "A field holds a value of the wrong JSON type (a string where an integer is required, …).",
        rationale: "AWS rejects the definition; `\"TimeoutSeconds\": \"30\"` is a common slip.", awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": "10", "End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": 10, "End": true}}}"#])
    static let range = RuleDescription(
        id: "field-range", title: "Value out of range", category: .fields, severity: .error,
        summary: "A number is outside its allowed range, or a string is not one of the allowed values.",
        rationale: "Examples: `BackoffRate` below 1, `MaxAttempts` above 99999999, `TimeoutSeconds` 0, `JitterStrategy` other than FULL or NONE.",
        awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [
            #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 10, "Retry": [{"ErrorEquals": ["States.ALL"], "BackoffRate": 0.5}], "End": true}}}"#,
            #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 0, "End": true}}}"#,
        ],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 10, "Retry": [{"ErrorEquals": ["States.ALL"], "BackoffRate": 1.5}], "End": true}}}"#])
    static let required = RuleDescription(
        id: "field-required", title: "Required field missing", category: .fields, severity: .error,
        summary: "A required field is missing (`Resource` on a Task, `Choices` on a Choice, `ErrorEquals` on a Retrier, a Wait duration, …).",
        rationale: "AWS rejects the definition.", awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "End": true}}}"#, #"{"StartAt": "A", "States": {"A": {"Type": "Wait", "End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 10, "End": true}}}"#])
    static let exclusive = RuleDescription(
        id: "field-exclusive", title: "Mutually exclusive fields", category: .fields, severity: .error,
        summary: "Two fields that exclude each other are both present (`TimeoutSeconds` and `TimeoutSecondsPath`, two Wait durations, `Error` and `ErrorPath`, …).",
        rationale: "Only one can take effect; AWS rejects the definition rather than guess.", awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": 5, "SecondsPath": "$.s", "End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Wait", "SecondsPath": "$.s", "End": true}}}"#])
    static let nextEnd = RuleDescription(
        id: "next-end-invalid", title: "Next and End misused", category: .fields, severity: .error,
        summary: "A state has both `Next` and `End`, neither, or one of them where its type forbids it (Choice, Succeed, Fail).",
        rationale: "Every non-terminal state must say exactly where execution goes next.", awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B", "End": true}, "B": {"Type": "Succeed"}}}"#, #"{"StartAt": "A", "States": {"A": {"Type": "Pass"}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Succeed"}}}"#])
    static let queryLanguage = RuleDescription(
        id: "field-query-language", title: "Field of the other query language", category: .fields, severity: .error,
        summary: "A JSONPath-only field (`Parameters`, `ResultPath`, `InputPath`, `*Path`, …) in a JSONata state, a JSONata-only field (`Arguments`, `Output`, `Items`) in a JSONPath state, or a JSONPath state in a JSONata machine.",
        rationale: "Each query language has its own fields; AWS rejects a mix.", awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"a": 1}, "End": true}}}"#],
        passing: [#"{"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "Output": {"a": 1}, "End": true}}}"#])

    static let payloadNotObject = RuleDescription(
        id: "payload-template-not-object", title: "Payload template that is not an object", category: .fields, severity: .warning,
        summary: "`Parameters` or `ItemSelector` holds a string, number or array instead of an object.",
        rationale: "The specification defines payload templates as objects; AWS passes other values through, which is better said with `Result` or `Output`.",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": "hello", "End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"greeting": "hello"}, "End": true}}}"#])

    static let all = [unknown, type, range, required, exclusive, nextEnd, queryLanguage, payloadNotObject]

    /// A value a template tool fills in later: a CloudFormation intrinsic object
    /// (`{"Ref": …}`, `{"Fn::GetAtt": …}`) or a string with a `${…}` substitution. Never a
    /// reason for a type error, since its final value is unknown.
    static func isTemplatePlaceholder(_ node: LocatedNode) -> Bool {
        if let s = node.stringValue { return ByteText.contains(s, "${") }
        if let members = node.members, members.count == 1, let key = members.first?.key {
            return key == "Ref" || key.hasPrefix("Fn::")
        }
        return false
    }

    static func unknownMessage(_ key: String, owner: String) -> String {
        let hint: String
        switch key {
        case "Retry", "Catch": hint = "; only Task, Parallel and Map states can retry or catch errors"
        case "TimeoutSeconds", "HeartbeatSeconds", "TimeoutSecondsPath", "HeartbeatSecondsPath": hint = "; only Task states have timeouts"
        case "Next", "End": hint = ""
        case "Timeout": hint = "; did you mean `TimeoutSeconds`?"
        case "Heartbeat": hint = "; did you mean `HeartbeatSeconds`?"
        case "Parameter": hint = "; did you mean `Parameters`?"
        default: hint = ""
        }
        return "`\(key)` is not a field of \(owner)\(hint)."
    }

    static func jsonataReplacement(_ key: String) -> String {
        switch key {
        case "Parameters": "; use `Arguments`"
        case "ResultSelector", "ResultPath", "OutputPath", "InputPath", "Result": "; use `Output` (and `Assign`)"
        case "ItemsPath": "; use `Items`"
        case "TimeoutSecondsPath", "HeartbeatSecondsPath", "SecondsPath", "MaxConcurrencyPath", "ToleratedFailurePercentagePath", "ToleratedFailureCountPath":
            "; give `\(key.dropLast(4))` a JSONata expression"
        case "ErrorPath", "CausePath", "TimestampPath": "; give `\(key.dropLast(4))` a JSONata expression"
        default: ""
        }
    }

    static func jsonPathReplacement(_ key: String) -> String {
        switch key {
        case "Arguments": ", or use `Parameters`"
        case "Output": ", or use `OutputPath`/`ResultSelector`"
        case "Items": ", or use `ItemsPath`"
        default: ""
        }
    }

    static func allowed(_ spec: FieldSpec, in language: QueryLanguage) -> Bool {
        switch spec.language {
        case .both: true
        case .jsonPathOnly: language == .jsonPath
        case .jsonataOnly: language == .jsonata
        }
    }

    static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
