import ASLLoad
import ASLModel
import Testing

/// A Choice rule's fields are sorted by key length before their names are compared: each
/// named field still wins over the operator set, and a key that only shares a length with one
/// is an operator or nothing.
@Suite struct ChoiceRuleFieldsTests {
    static func conditions(_ rules: String) throws -> [ChoiceCondition] {
        let text = #"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Default": "D", "Choices": "# + rules + #"}, "D": {"Type": "Succeed"}}}"#
        let machine = StateMachineBuilder.build(try #require(JSONReader.parse(text, file: "t.json").root))
        return try #require(machine.root.states[0].choice).rules.map(\.condition)
    }

    @Test func namedFieldsAndOperatorsAreFoundAsBefore() throws {
        let found = try Self.conditions(#"""
            [{"Comment": "c", "Assign": {}, "Output": 1, "Next": "D", "IsNull": true, "Variable": "$.x", "IsString": false},
             {"Not": {"Variable": "$.y", "NumericGreaterThanPath": "$.z"}, "Next": "D"},
             {"Or": [{"Variable": "$.a", "StringEquals": "s"}], "And": [], "Next": "D"},
             {"Nut": {}, "Variablf": "$.q", "Next": "D"},
             {"Condition": true, "Variable": "$.v", "IsNull": true, "Next": "D"}]
            """#)
        #expect(found == [
            .comparison(variable: "$.x", operator: "IsNull", operand: "true"),
            .not(.comparison(variable: "$.y", operator: "NumericGreaterThanPath", operand: "\"$.z\"")),
            // `And` is asked before `Or`, wherever each is written.
            .and([]),
            .malformed,
            .jsonata("true"),
        ])
    }
}
