import ASLAnalysis
import Testing

/// The definite-assignment semantics on small machines, with exact positions.
@Suite struct VariableFlowTests {
    @Test func aReadBeforeTheAssignmentInALoopIsMaybeUnassigned() {
        // Check → Work → Check: on the first visit to Check nothing has assigned `n`.
        let json = """
            {"StartAt": "Check", "States": {
            "Check": {"Type": "Choice", "Choices": [{"Variable": "$n", "NumericGreaterThan": 3, "Next": "Done"}], "Default": "Work"},
            "Work": {"Type": "Pass", "Assign": {"n.$": "States.MathAdd($.i, 1)"}, "Next": "Check"},
            "Done": {"Type": "Succeed"}}}
            """
        #expect(expressionFindings(json) == ["2:55 variable-maybe-unassigned"])
    }

    @Test func aChoiceRuleWithoutAssignKeepsTheStateAssign() {
        let json = """
            {"QueryLanguage": "JSONata", "StartAt": "C", "States": {
            "C": {"Type": "Choice", "Assign": {"mode": "slow"}, "Choices": [{"Condition": "{% $states.input.fast %}", "Next": "D"}], "Default": "D"},
            "D": {"Type": "Pass", "Output": "{% $mode %}", "End": true}}}
            """
        #expect(expressionFindings(json).isEmpty)
    }

    /// The outer `limit` is then also unused: the only read cannot see it.
    @Test func aDistributedMapDoesNotSeeOuterVariables() {
        let json = """
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"limit": 5}, "Next": "M"},
            "M": {"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"l.$": "$limit"}, "End": true}}}, "End": true}}}
            """
        #expect(expressionFindings(json) == ["1:62 variable-unused", "3:73 variable-undefined"])
    }

    @Test func anInlineMapSeesOuterVariablesAssignedBeforeItOnly() {
        let json = """
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"limit": 5}, "Next": "M"},
            "M": {"Type": "Map", "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass",
            "Parameters": {"l.$": "$limit", "late.$": "States.Format('{}', $late)"}, "End": true}}}, "Next": "Z"},
            "Z": {"Type": "Pass", "Assign": {"late": 1}, "End": true}}}
            """
        #expect(expressionFindings(json) == ["3:64 variable-maybe-unassigned"])
    }

    @Test func resultPathIsNotAReadAndUnusedIsANote() {
        let json = #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"kept": 1}, "ResultPath": "$.kept", "End": true}}}"#
        #expect(expressionFindings(json) == ["1:62 variable-unused"])
    }

    @Test func longNamesAreInvalid() {
        let name = String(repeating: "a", count: 81)
        let json = #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {""# + name + #"": 1, "ök$_1": 2}, "End": true}}}"#
        #expect(expressionFindings(json, severities: [.error]) == ["1:62 variable-name-invalid"])
    }

    /// A 5,000-state chain where every state assigns one variable and reads the previous
    /// one: the analysis must finish quickly (measured in the report, not asserted here) and
    /// find nothing.
    @Test func aLongChainStaysQuiet() {
        let count = 5_000
        var states: [String] = []
        for i in 0..<count {
            let read = i == 0 ? "" : #", "Parameters": {"p.$": "$v\#(i - 1)"}"#
            let next = i == count - 1 ? #""End": true"# : #""Next": "S\#(i + 1)""#
            let assign = i == count - 1 ? "" : #""Assign": {"v\#(i)": \#(i)}, "#
            states.append(#""S\#(i)": {"Type": "Pass", \#(assign)\#(next)\#(read)}"#)
        }
        let json = #"{"StartAt": "S0", "States": {"# + states.joined(separator: ", ") + "}}"
        #expect(expressionFindings(json).isEmpty)
    }
}
