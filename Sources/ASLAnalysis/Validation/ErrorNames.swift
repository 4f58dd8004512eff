/// The predefined error names (specification Appendix A plus the two AWS adds).
public enum ErrorNames {
    public static let all = "States.ALL"
    public static let taskFailed = "States.TaskFailed"
    public static let timeout = "States.Timeout"
    public static let heartbeatTimeout = "States.HeartbeatTimeout"

    public static let predefined: Set<String> = [
        "States.ALL", "States.HeartbeatTimeout", "States.Timeout", "States.TaskFailed", "States.Permissions",
        "States.ResultPathMatchFailure", "States.ParameterPathFailure", "States.QueryEvaluationError",
        "States.BranchFailed", "States.NoChoiceMatched", "States.IntrinsicFailure",
        "States.ExceedToleratedFailureThreshold", "States.ItemReaderFailed", "States.ResultWriterFailed",
        "States.DataLimitExceeded", "States.Runtime", "States.Http.Socket", "States.Http.ServerError",
    ]

    /// Whether `name` is a predefined error, including the HTTP Task's per-status family
    /// (`States.Http.StatusCode.429`).
    /// The names machines use most are compared before the set is hashed: the checks ask for
    /// every name of every Retrier and Catcher.
    public static func isPredefined(_ name: String) -> Bool {
        name == all || name == taskFailed || predefined.contains(name) || name.hasPrefix("States.Http.StatusCode.")
    }

    /// Errors AWS never retries and `States.ALL` does not catch.
    public static let nonRetriable: Set<String> = ["States.DataLimitExceeded", "States.Runtime"]

    /// `nonRetriable.contains(name)`, by two comparisons instead of a hash of every name.
    public static func isNonRetriable(_ name: String) -> Bool { name == "States.Runtime" || name == "States.DataLimitExceeded" }

    /// Whether an entry listing `earlier` already takes every error that `name` matches, so a
    /// later entry for `name` can never fire. `States.TaskFailed` matches every error except
    /// the timeouts (AWS error-handling guide).
    public static func covers(_ earlier: Set<String>, _ name: String) -> Bool {
        if earlier.contains(name) { return true }
        if isNonRetriable(name) { return false }
        if earlier.contains(all) { return true }
        if name == all { return false }
        if earlier.contains(taskFailed), name != timeout, name != heartbeatTimeout { return true }
        return earlier.contains(timeout) && name == heartbeatTimeout
    }
}
