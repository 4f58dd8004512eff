import ASLSource

/// How long a Wait state waits.
public enum WaitDuration: Hashable, Sendable {
    case seconds(DynamicInt)
    /// `Timestamp` (literal or JSONata) or `TimestampPath`: an absolute time, unknown statically.
    case timestamp(String, SourcePosition)
    case timestampPath(String, SourcePosition)
}

public struct FailState: Hashable, Sendable {
    public var error: String?
    public var cause: String?

    public init(error: String?, cause: String?) {
        self.error = error
        self.cause = cause
    }
}
