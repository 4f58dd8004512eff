import ASLLoad
import ASLModel
import ASLSource
import Testing

@Suite struct StateMachineBuilderTests {
    static func build(_ text: String) throws -> StateMachine {
        let read = JSONReader.parse(text, file: "t.json")
        return StateMachineBuilder.build(try #require(read.root))
    }

    @Test func nestedScopesInheritTheMachineLanguageNotTheParents() throws {
        let machine = try Self.build(#"""
            {"QueryLanguage": "JSONata", "StartAt": "P", "States": {
              "P": {"Type": "Parallel", "QueryLanguage": "JSONPath", "End": true, "Branches": [
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}]}}}
            """#)
        #expect(machine.allScopes.map(\.pointer) == ["", "/States/P/Branches/0"])
        #expect(machine.root.states[0].queryLanguage == .jsonPath)
        #expect(machine.allScopes[1].states[0].queryLanguage == .jsonata)
        #expect(machine.allScopes[1].kind == .parallelBranch(parent: "P", index: 0))
    }

    @Test func retrierDefaultsFollowTheSpecification() throws {
        let machine = try Self.build(#"""
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Retry": [{"ErrorEquals": ["States.Timeout"]}, {"ErrorEquals": ["X"], "IntervalSeconds": 3, "MaxAttempts": 0, "BackoffRate": 1.5, "MaxDelaySeconds": 9, "JitterStrategy": "FULL"}],
              "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "F"}], "End": true}, "F": {"Type": "Fail"}}}
            """#)
        let task = machine.root.states[0]
        #expect(task.retriers.map(\.intervalSeconds) == [1, 3])
        #expect(task.retriers.map(\.maxAttempts) == [3, 0])
        #expect(task.retriers.map(\.backoffRate) == [2.0, 1.5])
        #expect(task.retriers.map(\.maxDelaySeconds) == [nil, 9])
        #expect(task.retriers.map(\.jitter) == [.none, .full])
        #expect(task.catchers[0].next?.value == "F")
        #expect(task.task?.resource?.integration == .sqs)
        #expect(task.task?.resource?.pattern == .waitForTaskToken)
    }

    @Test func integrationsAreReadFromResourceARNs() {
        let cases: [(String, Integration)] = [
            ("arn:aws:lambda:us-east-1:123456789012:function:f", .lambda),
            ("arn:aws:states:::lambda:invoke", .lambda),
            ("arn:aws:states:::dynamodb:putItem", .dynamodb),
            ("arn:aws:states:::ecs:runTask.sync", .ecs),
            ("arn:aws:states:us-east-1:123456789012:activity:approve", .activity),
            ("arn:aws:states:::aws-sdk:s3:getObject", .sdk),
            ("arn:aws:states:::http:invoke", .http),
            ("not an arn", .other),
        ]
        for (arn, expected) in cases {
            #expect(Integration(resourceARN: arn) == expected, "\(arn)")
        }
    }

    @Test func mapSettingsAndDynamicValues() throws {
        let machine = try Self.build(#"""
            {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrencyPath": "$.limit",
              "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"MaxItems": 250}},
              "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                "StartAt": "W", "States": {"W": {"Type": "Wait", "SecondsPath": "$.s", "End": true}}}, "End": true}}}
            """#)
        let map = try #require(machine.root.states[0].map)
        #expect(map.mode == .distributed)
        #expect(map.knownItemCount == 250)
        #expect(map.usesItemReader)
        #expect(map.maxConcurrency == .path("$.limit", SourcePosition(line: 1, column: 72)))
        let wait = machine.allScopes[1].states[0]
        #expect(wait.detail == .wait(.seconds(.path("$.s", SourcePosition(line: 4, column: 69)))))
        #expect(machine.allScopes[1].displayName == "iteration of M")
    }

    @Test func malformedFieldsAreLeftOutNotGuessed() throws {
        let machine = try Self.build(#"{"StartAt": 3, "States": {"A": {"Type": "Task", "TimeoutSeconds": "30", "Next": 4}}}"#)
        #expect(machine.root.startAt == nil)
        #expect(machine.root.states[0].task?.timeoutSeconds == .jsonata("30", SourcePosition(line: 1, column: 67)))
        #expect(machine.root.states[0].next == nil)
    }

    /// Retry and Catch entries that are not objects are left out, and the others keep their
    /// place in the array; a field of the wrong type reads as absent (the default applies).
    @Test func entriesKeepTheirPlaceAndWrongFieldsReadAsAbsent() throws {
        let machine = try Self.build(
            #"{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "TimeoutSecondsPath": "$.t", "HeartbeatSeconds": 5, "Retry": ["x", {"ErrorEquals": ["A", 1, "B"], "MaxAttempts": "2", "JitterStrategy": "SOME"}], "Catch": [{"ErrorEquals": "A", "Next": "F"}, 7, {"ErrorEquals": ["States.ALL"], "Next": 3}], "End": true}, "F": {"Type": "Fail"}}}"#)
        let state = machine.root.states[0]
        #expect(state.retriers.map(\.index) == [1])
        #expect(state.retriers[0].errorEquals == [Located("A", at: SourcePosition(line: 1, column: 199)), Located("B", at: SourcePosition(line: 1, column: 207))])
        #expect(state.retriers[0].maxAttempts == Retrier.defaultMaxAttempts)
        #expect(state.retriers[0].jitter == .none)
        #expect(state.catchers.map(\.index) == [0, 2])
        #expect(state.catchers.map(\.errorNames) == [[], ["States.ALL"]])
        #expect(state.catchers.map(\.next?.value) == ["F", nil])
        let task = try #require(state.task)
        #expect(task.resource?.position == SourcePosition(line: 1, column: 63))
        #expect(task.timeoutSeconds == .path("$.t", SourcePosition(line: 1, column: 137)))
        #expect(task.heartbeatSeconds == .literal(5, SourcePosition(line: 1, column: 164)))
        #expect(state.isEnd && state.next == nil)
    }
}
