import ASLModel
import ASLSource

/// Timeouts and defaults that AWS accepts but that cause stuck or failing executions.
struct BestPracticeCheck: Check {
    static let heartbeatTooLong = RuleDescription(
        id: "heartbeat-not-below-timeout", title: "Heartbeat not shorter than timeout", category: .fields, severity: .error,
        summary: "`HeartbeatSeconds` is greater than or equal to `TimeoutSeconds`.",
        rationale: "The specification requires the heartbeat interval to be smaller than the timeout; otherwise it never fires.",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "TimeoutSeconds": 60, "HeartbeatSeconds": 60, "End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "TimeoutSeconds": 60, "HeartbeatSeconds": 30, "End": true}}}"#])
    static let timeoutMissing = RuleDescription(
        id: "task-timeout-missing", title: "Task without a timeout", category: .bestPractice, severity: .warning,
        summary: "A Task has neither `TimeoutSeconds` nor `TimeoutSecondsPath`.",
        rationale: "AWS's default is 99999999 seconds (over three years): a lost worker or callback leaves the execution stuck until the machine's own limit.",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 30, "End": true}}}"#])
    static let heartbeatMissing = RuleDescription(
        id: "callback-heartbeat-missing", title: "Callback without a heartbeat", category: .bestPractice, severity: .warning,
        summary: "A `.waitForTaskToken` Task has no `HeartbeatSeconds`.",
        rationale: "AWS recommends heartbeats for callbacks so that a worker that died is noticed long before the timeout.",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "TimeoutSeconds": 3600, "End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "TimeoutSeconds": 3600, "HeartbeatSeconds": 300, "End": true}}}"#])
    static let defaultMissing = RuleDescription(
        id: "choice-default-missing", title: "Choice without Default", category: .bestPractice, severity: .warning,
        summary: "A Choice state has no `Default`.",
        rationale: "When no rule matches, the execution fails with `States.NoChoiceMatched`; say explicitly where unmatched input goes.",
        triggering: [#"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "D"}]}, "D": {"Type": "Succeed"}}}"#],
        passing: [#"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "D"}], "Default": "D"}, "D": {"Type": "Succeed"}}}"#])

    static let rules = [heartbeatTooLong, timeoutMissing, heartbeatMissing, defaultMissing]

    func run(_ context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // By index, only the state copied (see `ChoiceCheck.run`).
        for index in context.machine.allStates.indices {
            let state = context.machine.allStates[index].state
            if let task = state.task {
                if let timeout = task.timeoutSeconds?.literal, let heartbeat = task.heartbeatSeconds, let beat = heartbeat.literal, beat >= timeout {
                    found.append(context.diagnostic(Self.heartbeatTooLong, "`HeartbeatSeconds` (\(beat)) must be smaller than `TimeoutSeconds` (\(timeout)).", at: heartbeat.position, pointer: state.pointer + "/HeartbeatSeconds", state: state.name))
                }
                if task.timeoutSeconds == nil, state.node["Resource"] != nil {
                    found.append(context.diagnostic(Self.timeoutMissing, "Task \"\(state.name)\" has no `TimeoutSeconds`; it can wait up to 99999999 s (3.2 years) for a response.", at: state.namePosition, pointer: state.pointer, state: state.name))
                }
                if task.resource?.pattern == .waitForTaskToken, task.heartbeatSeconds == nil {
                    found.append(context.diagnostic(Self.heartbeatMissing, "Callback Task \"\(state.name)\" has no `HeartbeatSeconds`; a worker that dies is only noticed at the timeout.", at: state.namePosition, pointer: state.pointer, state: state.name))
                }
            }
            if let choice = state.choice, choice.defaultTarget == nil, state.node["Default"] == nil, !choice.rules.isEmpty {
                found.append(context.diagnostic(Self.defaultMissing, "Choice \"\(state.name)\" has no `Default`; unmatched input fails the execution with States.NoChoiceMatched.", at: state.namePosition, pointer: state.pointer, state: state.name))
            }
        }
        return found
    }
}
