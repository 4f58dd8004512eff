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
        let arn = ByteText.contains(arn, "${") ? Self.colonFreePlaceholders(arn) : arn
        // Fields are compared as UTF-8 slices, and only the three read are kept: this runs for
        // every Task of every machine, and an array of all fields cost an allocation each.
        guard let parts = Self.fields0_2_5(arn), parts.0 == "arn" else {
            self = .other
            return
        }
        if parts.1 == "lambda" {
            self = .lambda
            return
        }
        guard parts.1 == "states" else {
            self = .other
            return
        }
        switch parts.2 {
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

    /// `arn` with the colons inside template placeholders removed, so that CDK's and
    /// CloudFormation's `arn:${AWS::Partition}:states:::lambda:invoke` splits into the fields
    /// of the ARN it becomes at deploy time (`${AWS::Partition}` → `${AWSPartition}`).
    public static func colonFreePlaceholders(_ arn: String) -> String {
        var out = ""
        var depth = 0
        var previous: Character = " "
        for character in arn {
            if character == "{", previous == "$" { depth += 1 }
            else if character == "}", depth > 0 { depth -= 1 }
            if !(depth > 0 && character == ":") { out.append(character) }
            previous = character
        }
        return out
    }

    /// Fields 0, 2 and 5 of a colon-separated ARN, or `nil` when it has fewer than six fields
    /// (what `ByteText.fields(of:separator:)` would give at those indices).
    private static func fields0_2_5(_ arn: String) -> (Substring, Substring, Substring)? {
        let utf8 = arn.utf8
        var field = 0
        var start = utf8.startIndex
        var first = arn[start..<start]
        var third = first
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: ":") {
                switch field {
                case 0: first = arn[start..<index]
                case 2: third = arn[start..<index]
                case 5: return (first, third, arn[start..<index])
                default: break
                }
                field += 1
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        guard field == 5 else { return nil }
        return (first, third, arn[start..<utf8.endIndex])
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
