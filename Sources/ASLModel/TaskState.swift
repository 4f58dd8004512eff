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
        } else if arn.hasSuffix(".sync") || arn.utf8.containsSequence(".sync:".utf8) {
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
        let parts = arn.utf8.split(separator: UInt8(ascii: ":"), maxSplits: 6, omittingEmptySubsequences: false)
        guard parts.count >= 6, parts[0].elementsEqual("arn".utf8) else {
            self = .other
            return
        }
        if parts[2].elementsEqual("lambda".utf8) {
            self = .lambda
            return
        }
        guard parts[2].elementsEqual("states".utf8) else {
            self = .other
            return
        }
        switch Substring(parts[5]) {
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

extension Collection where Element == UInt8 {
    /// Whether `needle` occurs as a contiguous run: a byte search that needs no Foundation
    /// (whose `String.contains(String)` bridges through `NSString`).
    package func containsSequence(_ needle: some Collection<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        var index = startIndex
        while let found = self[index...].firstIndex(of: first) {
            if self[found...].starts(with: needle) { return true }
            index = self.index(after: found)
        }
        return false
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
