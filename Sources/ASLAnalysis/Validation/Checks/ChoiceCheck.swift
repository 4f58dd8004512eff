import ASLLoad
import ASLModel
import ASLSource

/// Choice rules: one comparison per rule (or a combinator), `Next` on top-level rules only,
/// operands of the operator's type, `Condition` in JSONata.
struct ChoiceCheck: Check {
    static let ruleOperator = RuleDescription(
        id: "choice-rule-invalid", title: "Malformed Choice rule", category: .fields, severity: .error,
        summary: "A Choice rule has no comparison operator, more than one, a missing `Variable`, an operand of the wrong type (a `Timestamp…` operand that is not RFC 3339), or (JSONata) no `Condition`.",
        rationale: "Each rule must test exactly one thing so that its meaning is unambiguous.", awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [
            #"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "NumericEquals": 1, "StringEquals": "1", "Next": "D"}], "Default": "D"}, "D": {"Type": "Succeed"}}}"#,
            #"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "NumericEquals": "1", "Next": "D"}], "Default": "D"}, "D": {"Type": "Succeed"}}}"#,
            #"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.t", "TimestampLessThan": "yesterday", "Next": "D"}], "Default": "D"}, "D": {"Type": "Succeed"}}}"#,
        ],
        passing: [
            #"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Not": {"Variable": "$.x", "NumericEquals": 1}, "Next": "D"}], "Default": "D"}, "D": {"Type": "Succeed"}}}"#,
            #"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.t", "TimestampLessThan": "2026-03-14T01:59:00Z", "Next": "D"}], "Default": "D"}, "D": {"Type": "Succeed"}}}"#,
        ])
    static let ruleNext = RuleDescription(
        id: "choice-rule-next", title: "Choice rule Next misplaced", category: .fields, severity: .error,
        summary: "A top-level Choice rule has no `Next`, or a rule nested in `And`/`Or`/`Not` has one.",
        rationale: "Only top-level rules choose a transition; a nested `Next` is ignored by nothing and rejected by AWS.",
        awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true}], "Default": "D"}, "D": {"Type": "Succeed"}}}"#],
        passing: [#"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "D"}], "Default": "D"}, "D": {"Type": "Succeed"}}}"#])
    static let choicesEmpty = RuleDescription(
        id: "choice-choices-empty", title: "Choice without rules", category: .fields, severity: .error,
        summary: "A Choice state's `Choices` array is empty.",
        rationale: "The specification requires at least one rule; use a Pass state to go straight on.", awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [], "Default": "D"}, "D": {"Type": "Succeed"}}}"#],
        passing: [#"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "D"}], "Default": "D"}, "D": {"Type": "Succeed"}}}"#])

    static let rules = [ruleOperator, ruleNext, choicesEmpty]

    func run(_ context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // By index, only the state copied: a copy of each pair counted a reference to its
        // scope, shared by every state of the scope and by the check on the other core.
        for index in context.machine.allStates.indices where context.machine.allStates[index].state.type == .choice {
            let state = context.machine.allStates[index].state
            guard let choices = state.node["Choices"]?.arrayValue else { continue }
            if choices.isEmpty {
                found.append(context.diagnostic(Self.choicesEmpty, "Choice state \"\(state.name)\" has no rules in `Choices`.", at: state.node["Choices"]?.position, pointer: state.pointer + "/Choices", state: state.name))
            }
            // One walker per state: it holds the whole context, which is not free to copy.
            var walker = ChoiceRuleWalker(context: context, state: state)
            for (index, rule) in choices.enumerated() {
                walker.check(rule, pointer: state.pointer + "/Choices/\(index)", topLevel: true)
            }
            found += walker.found
        }
        return found
    }
}
