import ASLModel
import ASLSource

/// Express workflows cannot wait: no activities, no `.sync`, no `.waitForTaskToken`.
struct ExpressCheck: Check {
    static let unsupported = RuleDescription(
        id: "express-unsupported-integration", title: "Integration not available in Express workflows", category: .express,
        severity: .error,
        summary: "An Express machine uses an activity, a `.sync` integration or a `.waitForTaskToken` callback.",
        rationale: "Express executions last at most five minutes and do not support these patterns; AWS rejects the definition.",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::ecs:runTask.sync", "TimeoutSeconds": 60, "End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 60, "End": true}}}"#],
        examplesAreExpress: true)

    static let rules = [unsupported]

    func run(_ context: ValidationContext) -> [Diagnostic] {
        guard context.isExpress else { return [] }
        return context.machine.allStates.compactMap { _, state -> Diagnostic? in
            guard let resource = state.task?.resource else { return nil }
            let what: String
            if resource.integration == .activity {
                what = "an activity"
            } else if resource.pattern == .sync {
                what = "the `.sync` (run a job) pattern"
            } else if resource.pattern == .waitForTaskToken {
                what = "the `.waitForTaskToken` callback pattern"
            } else {
                return nil
            }
            return context.diagnostic(Self.unsupported, "Task \"\(state.name)\" uses \(what), which Express workflows do not support.", at: resource.position, pointer: state.pointer + "/Resource", state: state.name)
        }
    }
}
