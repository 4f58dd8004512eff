import ASLSource

/// What a Task calls, derived from its `Resource` ARN.
public struct TaskResource: Hashable, Sendable {
    /// How the state waits for the integration (`.sync`, `.waitForTaskToken`, or not at all).
    public enum Pattern: String, Hashable, Sendable {
        case requestResponse
        case sync
        case waitForTaskToken
    }

    public var arn: String
    public var position: SourcePosition
    public var integration: Integration
    public var pattern: Pattern

    public init(arn: String, position: SourcePosition) {
        self.arn = arn
        self.position = position
        self.integration = Integration(resourceARN: arn)
        if arn.hasSuffix(".waitForTaskToken") {
            pattern = .waitForTaskToken
        } else if arn.hasSuffix(".sync") || ByteText.contains(arn, ".sync:") {
            pattern = .sync
        } else {
            pattern = .requestResponse
        }
    }
}

/// The service family of a Task, used for pictures and Express restrictions.
public enum Integration: String, Hashable, Sendable, CaseIterable {
    case lambda, sns, sqs, dynamodb, ecs, batch, glue, sagemaker, activity, http, stepFunctions, eventBridge, sdk, other

    public init(resourceARN arn: String) {
        // Fields are compared as UTF-8 slices: this runs for every Task of every machine.
        let parts = ByteText.fields(of: arn, separator: UInt8(ascii: ":"))
        guard parts.count >= 6, parts[0] == "arn" else {
            self = .other
            return
        }
        if parts[2] == "lambda" {
            self = .lambda
            return
        }
        guard parts[2] == "states" else {
            self = .other
            return
        }
        switch parts[5] {
        case "activity": self = .activity
        case "lambda": self = .lambda
        case "sns": self = .sns
        case "sqs": self = .sqs
        case "dynamodb": self = .dynamodb
        case "ecs": self = .ecs
        case "batch": self = .batch
        case "glue": self = .glue
        case "sagemaker": self = .sagemaker
        case "http": self = .http
        case "states": self = .stepFunctions
        case "events": self = .eventBridge
        case "aws-sdk": self = .sdk
        default: self = .other
        }
    }
}

public struct TaskState: Hashable, Sendable {
    public var resource: TaskResource?
    public var timeoutSeconds: DynamicInt?
    public var heartbeatSeconds: DynamicInt?

    public init(resource: TaskResource?, timeoutSeconds: DynamicInt?, heartbeatSeconds: DynamicInt?) {
        self.resource = resource
        self.timeoutSeconds = timeoutSeconds
        self.heartbeatSeconds = heartbeatSeconds
    }
}
