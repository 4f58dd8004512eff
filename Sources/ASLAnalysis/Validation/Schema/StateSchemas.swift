import ASLModel

/// The fields each state type accepts, from the States Language specification of November
/// 2024 and AWS's documentation (fields AWS adds, such as `Credentials` and `Label`).
enum StateSchemas {
    private static let common: [FieldSpec] = [
        .string("Type", required: true), .string("Comment"), .init(name: "QueryLanguage", kind: .oneOf(["JSONPath", "JSONata"])),
    ]
    private static let io: [FieldSpec] = [.nullablePath("InputPath"), .nullablePath("OutputPath"), .init(name: "Output", kind: .any, language: .jsonataOnly)]
    private static let transition: [FieldSpec] = [.string("Next"), .init(name: "End", kind: .bool)]
    private static let assign = FieldSpec(name: "Assign", kind: .object)
    private static let result: [FieldSpec] = [
        .init(name: "ResultSelector", kind: .object, language: .jsonPathOnly), .nullablePath("ResultPath"),
    ]
    private static let errorHandling: [FieldSpec] = [.init(name: "Retry", kind: .array), .init(name: "Catch", kind: .array)]
    private static let parameters = FieldSpec(name: "Parameters", kind: .payloadTemplate, language: .jsonPathOnly)
    private static let arguments = FieldSpec(name: "Arguments", kind: .objectOrExpression, language: .jsonataOnly)

    /// Built once, one list per type behind a switch: the checks look fields up for every state
    /// of every machine, and a dictionary keyed by type cost a hash each time.
    static func fields(for type: StateType) -> FieldSpecList {
        switch type {
        case .task: taskFields
        case .pass: passFields
        case .choice: choiceFields
        case .wait: waitFields
        case .succeed: succeedFields
        case .fail: failFields
        case .parallel: parallelFields
        case .map: mapFields
        }
    }

    private static let taskFields = buildFields(for: .task)
    private static let passFields = buildFields(for: .pass)
    private static let choiceFields = buildFields(for: .choice)
    private static let waitFields = buildFields(for: .wait)
    private static let succeedFields = buildFields(for: .succeed)
    private static let failFields = buildFields(for: .fail)
    private static let parallelFields = buildFields(for: .parallel)
    private static let mapFields = buildFields(for: .map)

    private static func buildFields(for type: StateType) -> FieldSpecList {
        FieldSpecList(buildFieldArray(for: type), groups: exclusiveGroups(for: type))
    }

    private static func buildFieldArray(for type: StateType) -> [FieldSpec] {
        switch type {
        case .task:
            common + io + transition + result + errorHandling + [
                assign, parameters, arguments, .string("Resource", required: true), .seconds("TimeoutSeconds"),
                .path("TimeoutSecondsPath"), .seconds("HeartbeatSeconds"), .path("HeartbeatSecondsPath"),
                .init(name: "Credentials", kind: .object),
            ]
        case .pass:
            common + io + transition + [assign, parameters, .nullablePath("ResultPath"), .init(name: "Result", kind: .any, language: .jsonPathOnly)]
        case .choice:
            common + io + [assign, .init(name: "Choices", kind: .array, required: true), .string("Default")]
        case .wait:
            common + io + transition + [
                assign, .seconds("Seconds", minimum: 0), .path("SecondsPath"), .string("Timestamp"), .path("TimestampPath"),
            ]
        case .succeed:
            common + io
        case .fail:
            common + [.string("Error"), .path("ErrorPath"), .string("Cause"), .path("CausePath")]
        case .parallel:
            common + io + transition + result + errorHandling + [
                assign, parameters, arguments, .init(name: "Branches", kind: .array, required: true),
            ]
        case .map:
            common + io + transition + result + errorHandling + [
                assign, parameters, arguments,
                .init(name: "ItemProcessor", kind: .object), .init(name: "Iterator", kind: .object, language: .jsonPathOnly),
                .path("ItemsPath"), .init(name: "Items", kind: .arrayOrExpression, language: .jsonataOnly),
                .init(name: "ItemSelector", kind: .payloadTemplate), .init(name: "ItemReader", kind: .object),
                .init(name: "ItemBatcher", kind: .object), .init(name: "ResultWriter", kind: .object),
                .seconds("MaxConcurrency", minimum: 0), .path("MaxConcurrencyPath"),
                .init(name: "ToleratedFailurePercentage", kind: .number(atLeast: 0, atMost: 100)),
                .path("ToleratedFailurePercentagePath"), .seconds("ToleratedFailureCount", minimum: 0),
                .path("ToleratedFailureCountPath"), .string("Label"),
            ]
        }
    }

    /// Groups of which at most one field may appear (exactly one where `required`).
    static func exclusiveGroups(for type: StateType) -> ExclusiveGroups {
        switch type {
        case .task: taskGroups
        case .wait: waitGroups
        case .fail: failGroups
        case .map: mapGroups
        default: noGroups
        }
    }

    /// Built once, not per state.
    private static let taskGroups = ExclusiveGroups(buildExclusiveGroups(for: .task))
    private static let waitGroups = ExclusiveGroups(buildExclusiveGroups(for: .wait))
    private static let failGroups = ExclusiveGroups(buildExclusiveGroups(for: .fail))
    private static let mapGroups = ExclusiveGroups(buildExclusiveGroups(for: .map))
    private static let noGroups = ExclusiveGroups([])

    private static func buildExclusiveGroups(for type: StateType) -> [(fields: [String], required: Bool)] {
        switch type {
        case .task: [(["TimeoutSeconds", "TimeoutSecondsPath"], false), (["HeartbeatSeconds", "HeartbeatSecondsPath"], false), (["Parameters", "Arguments"], false)]
        case .wait: [(["Seconds", "SecondsPath", "Timestamp", "TimestampPath"], true)]
        case .fail: [(["Error", "ErrorPath"], false), (["Cause", "CausePath"], false)]
        case .map:
            [
                (["ItemProcessor", "Iterator"], true), (["MaxConcurrency", "MaxConcurrencyPath"], false),
                (["ToleratedFailurePercentage", "ToleratedFailurePercentagePath"], false),
                (["ToleratedFailureCount", "ToleratedFailureCountPath"], false), (["ItemSelector", "Parameters"], false),
                (["ItemsPath", "Items"], false),
            ]
        default: []
        }
    }

    static let machine = FieldSpecList([
        .string("StartAt", required: true), .init(name: "States", kind: .object, required: true), .string("Comment"),
        .string("Version"), .seconds("TimeoutSeconds"), .init(name: "QueryLanguage", kind: .oneOf(["JSONPath", "JSONata"])),
    ])
    static let branch = FieldSpecList([
        .string("StartAt", required: true), .init(name: "States", kind: .object, required: true), .string("Comment"),
    ])
    static let processor = branch + [.init(name: "ProcessorConfig", kind: .object)]
    static let processorConfig = FieldSpecList([
        .init(name: "Mode", kind: .oneOf(["INLINE", "DISTRIBUTED"])), .init(name: "ExecutionType", kind: .oneOf(["STANDARD", "EXPRESS"])),
    ])
    static let retrier = FieldSpecList([
        .init(name: "ErrorEquals", kind: .array, required: true), .init(name: "IntervalSeconds", kind: .retrierInteger(1...FieldSpec.maxSeconds)),
        .init(name: "MaxAttempts", kind: .retrierInteger(0...FieldSpec.maxSeconds)), .init(name: "BackoffRate", kind: .retrierNumber(atLeast: 1)),
        .init(name: "MaxDelaySeconds", kind: .retrierInteger(1...31_622_401)), .init(name: "JitterStrategy", kind: .oneOf(["FULL", "NONE"])),
        .string("Comment"),
    ])
    static let catcher = FieldSpecList([
        .init(name: "ErrorEquals", kind: .array, required: true), .string("Next", required: true), .nullablePath("ResultPath"),
        .init(name: "Output", kind: .any, language: .jsonataOnly), assign, .string("Comment"),
    ])
    static let itemReader = FieldSpecList([
        .string("Resource", required: true), parameters, arguments, .init(name: "ReaderConfig", kind: .object),
    ])
    static let readerConfig = FieldSpecList([
        .string("InputType"), .string("CSVHeaderLocation"), .init(name: "CSVHeaders", kind: .array),
        .init(name: "MaxItems", kind: .integer(0...100_000_000)), .path("MaxItemsPath"), .string("CSVDelimiter"),
        .string("ManifestType"), .string("Transformation"),
    ])
    static let itemBatcher = FieldSpecList([
        .seconds("MaxItemsPerBatch"), .path("MaxItemsPerBatchPath"), .init(name: "MaxInputBytesPerBatch", kind: .integer(1...262_144)),
        .path("MaxInputBytesPerBatchPath"), .init(name: "BatchInput", kind: .object),
    ])
    /// `Credentials` names the role to assume: `RoleArn`, or in JSONPath `RoleArn.$`.
    static func credentials(_ language: QueryLanguage) -> FieldSpecList {
        language == .jsonata ? jsonataCredentials : jsonPathCredentials
    }

    private static let jsonataCredentials = FieldSpecList([.string("RoleArn", required: true)])
    private static let jsonPathCredentials = FieldSpecList([.string("RoleArn"), .string("RoleArn.$")])

    static let resultWriter = FieldSpecList([
        .string("Resource"), parameters, arguments, .init(name: "WriterConfig", kind: .object),
    ])
}
