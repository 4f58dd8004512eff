/// Small definitions for rule examples, so each example shows only the field that matters.
enum RuleExamples {
    /// A JSONPath machine with one Pass state `A` carrying `fields` (JSON members, no braces).
    static func pass(_ fields: String) -> String {
        ##"{"StartAt": "A", "States": {"A": {"Type": "Pass", "## + fields + ##", "End": true}}}"##
    }

    /// A JSONata machine with one state of `type` carrying `fields`.
    static func jsonata(_ fields: String, type: String = "Pass") -> String {
        let extra = type == "Task" ? ##""Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "## : ""
        return ##"{"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": ""##
            + type + ##"", "## + extra + fields + ##", "End": true}}}"##
    }

    /// A JSONPath Fail state with `fields`.
    static func fail(_ fields: String) -> String {
        ##"{"StartAt": "A", "States": {"A": {"Type": "Fail", "## + fields + "}}}"
    }

    /// A JSONPath payload template value in a Pass state's `Parameters`.
    static func parameter(_ value: String) -> String {
        pass(##""Parameters": {"x.$": ""## + value + ##""}"##)
    }

    /// A JSONata Pass state whose `Output` is `expression` wrapped in `{% %}`.
    static func output(_ expression: String) -> String {
        jsonata(##""Output": "{% "## + expression + ##" %}""##)
    }
}
