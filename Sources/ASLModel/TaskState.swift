import ASLLoad
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

    init(arn: String, position: SourcePosition, integration: Integration, pattern: Pattern) {
        self.arn = arn
        self.position = position
        self.integration = integration
        self.pattern = pattern
    }

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
        if let integration = ByteText.withFields(of: arn, separator: UInt8(ascii: ":"), Self.init(fields:)) {
            self = integration
            return
        }
        // A string without contiguous UTF-8 (a bridged one): fields as UTF-8 slices, only the
        // three read are kept.
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

    /// The same decision as below on the ARN's bytes: this runs for every Task of every machine,
    /// and building a `Substring` per field cost more than the comparisons.
    private init(fields: ByteFields) {
        guard let service = fields.range(5), fields.field(0, is: "arn") else {
            self = .other
            return
        }
        if fields.field(2, is: "lambda") {
            self = .lambda
            return
        }
        guard fields.field(2, is: "states") else {
            self = .other
            return
        }
        self = Self.byService.first { fields.bytes(in: service, are: $0.name) }?.integration ?? .other
    }

    /// The optimised integrations by the service field of `arn:aws:states:::service:action`.
    private static let byService: [(name: StaticString, integration: Integration)] = [
        ("activity", .activity), ("lambda", .lambda), ("sns", .sns), ("sqs", .sqs), ("dynamodb", .dynamodb),
        ("ecs", .ecs), ("batch", .batch), ("glue", .glue), ("sagemaker", .sagemaker), ("http", .http),
        ("states", .stepFunctions), ("events", .eventBridge), ("aws-sdk", .sdk),
    ]

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

/// `resource` is stored as its parts, its position packed: 99 bytes instead of 113, so that
/// each Task's detail box is a size class smaller.
public struct TaskState: Hashable, Sendable {
    private var resourceARN: String?
    private var resourcePosition: PackedPosition
    public var timeoutSeconds: DynamicInt?
    public var heartbeatSeconds: DynamicInt?
    private var resourceIntegration: Integration
    private var resourcePattern: TaskResource.Pattern

    public init(resource: TaskResource?, timeoutSeconds: DynamicInt?, heartbeatSeconds: DynamicInt?) {
        resourceARN = resource?.arn
        resourcePosition = PackedPosition(resource?.position)
        resourceIntegration = resource?.integration ?? .other
        resourcePattern = resource?.pattern ?? .requestResponse
        self.timeoutSeconds = timeoutSeconds
        self.heartbeatSeconds = heartbeatSeconds
    }

    public var resource: TaskResource? {
        get {
            resourceARN.map {
                TaskResource(arn: $0, position: resourcePosition.unpacked, integration: resourceIntegration, pattern: resourcePattern)
            }
        }
        set {
            resourceARN = newValue?.arn
            resourcePosition = PackedPosition(newValue?.position)
            resourceIntegration = newValue?.integration ?? .other
            resourcePattern = newValue?.pattern ?? .requestResponse
        }
    }
}
