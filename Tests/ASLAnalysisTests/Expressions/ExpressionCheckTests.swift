import ASLAnalysis
import Testing

/// Which fields are checked with which kind, and where findings land inside the string.
@Suite struct ExpressionCheckTests {
    @Test func mapContextIsAllowedInTheProcessorAndItemSelectorOnly() {
        let json = """
            {"StartAt": "M", "States": {"M": {"Type": "Map",
            "ItemSelector": {"v.$": "$$.Map.Item.Value"},
            "ResultSelector": {"i.$": "$$.Map.Item.Index"},
            "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"i.$": "$$.Map.Item.Index"}, "End": true}}},
            "End": true}}}
            """
        #expect(expressionFindings(json) == ["3:28 context-map-outside-map"])
    }

    @Test func stringWithEscapesIsReportedAtItsOpeningQuote() {
        // `\u0024` is `$`: the characters no longer map onto columns one to one.
        let json = #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "InputPath": "\u0024.a[", "End": true}}}"#
        #expect(expressionFindings(json) == ["1:64 jsonpath-syntax"])
    }

    @Test func templatePlaceholdersAreNotChecked() {
        let json = #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "InputPath": "${InputPath}", "Parameters": {"x.$": "${Path}"}, "End": true}}}"#
        #expect(expressionFindings(json).isEmpty)
    }

    @Test func jsonPathFieldsInAJSONataStateAreLeftToTheFieldSchema() {
        let json = #"{"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "InputPath": "$.a[", "Parameters": {"x.$": "nope"}, "End": true}}}"#
        #expect(expressionFindings(json).isEmpty)
    }

    @Test func mapSettingsPathsAreReferencePaths() {
        let json = """
            {"StartAt": "M", "States": {"M": {"Type": "Map",
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"MaxItemsPath": "$.max[*]"}, "Parameters": {"Bucket.$": "$.b", "Key.$": "$.k."}},
            "ItemBatcher": {"MaxItemsPerBatchPath": "$..n"},
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
            "End": true}}}
            """
        #expect(expressionFindings(json) == ["2:101 jsonpath-not-reference-path", "2:155 jsonpath-syntax", "3:43 jsonpath-not-reference-path"])
    }

    @Test func catcherResultPathAndErrorPathKinds() {
        let json = """
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5,
            "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$err", "Next": "F"}], "End": true},
            "F": {"Type": "Fail", "ErrorPath": "States.Format('E{}', $.code)", "CausePath": "$.causes[*]"}}}
            """
        #expect(expressionFindings(json) == ["2:58 jsonpath-resultpath-variable", "3:91 jsonpath-not-reference-path"])
    }

    @Test func jsonataIsCheckedThroughNestedObjectsAndArrays() {
        let json = """
            {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass",
            "Output": {"list": [1, {"deep": "{% $states.input.a + %}"}], "plain": "total %}"},
            "End": true}}}
            """
        #expect(expressionFindings(json) == ["2:55 jsonata-syntax", "2:72 jsonata-delimiters"])
    }
}
