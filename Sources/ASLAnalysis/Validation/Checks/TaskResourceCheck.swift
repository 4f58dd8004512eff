import ASLExpressions
import ASLLoad
import ASLModel
import ASLSource

/// A Task's `Resource` must be an ARN that Step Functions can call; for the optimised
/// integrations (`arn:aws:states:::service:action`) the action must exist.
struct TaskResourceCheck: Check {
    static let invalid = RuleDescription(
        id: "resource-invalid", title: "Resource is not a valid ARN", category: .fields, severity: .error,
        summary: "A Task's `Resource` is not an ARN (`arn:partition:service:region:account:…`), or is a Lambda ARN with an empty or malformed alias, or has an unclosed `${` placeholder.",
        rationale: "AWS rejects the definition at create time (`SCHEMA_VALIDATION_FAILED`).", awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [
            #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "InvalidArn", "TimeoutSeconds": 5, "End": true}}}"#,
            #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f:", "TimeoutSeconds": 5, "End": true}}}"#,
        ],
        passing: [
            #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f:live", "TimeoutSeconds": 5, "End": true}}}"#,
            #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "${ProcessFunctionArn}", "TimeoutSeconds": 5, "End": true}}}"#,
        ])
    static let unknownIntegration = RuleDescription(
        id: "resource-unknown-integration", title: "Unknown service integration action", category: .fields, severity: .error,
        summary: "An optimised integration ARN (`arn:aws:states:::dynamodb:query`) names an action the service integration does not offer.",
        rationale: "Only some actions are optimised integrations; others must go through the `aws-sdk:` integration.", awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [
            #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:query", "TimeoutSeconds": 5, "End": true}}}"#,
            #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:${AWS::Partition}:states:::dynamodb:querry", "TimeoutSeconds": 5, "End": true}}}"#,
        ],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:dynamodb:query", "TimeoutSeconds": 5, "End": true}}}"#])

    static let unknownPattern = RuleDescription(
        id: "resource-unknown-pattern", title: "Unknown integration pattern", category: .fields, severity: .error,
        summary: "An integration ARN (`arn:aws:states:::lambda:invoke.sync`) ends in a suffix other than `.sync`, `.sync:2` or `.waitForTaskToken`.",
        rationale: "Step Functions knows three ways to call a service: request-response (no suffix), run a job (`.sync`, `.sync:2`) and wait for a callback (`.waitForTaskToken`); AWS does not recognise any other resource, and LocalStack refuses it as an unsupported condition.",
        awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [
            #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForToken", "TimeoutSeconds": 5, "End": true}}}"#,
            #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:3", "TimeoutSeconds": 5, "End": true}}}"#,
        ],
        passing: [
            #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "TimeoutSeconds": 5, "HeartbeatSeconds": 2, "End": true}}}"#,
            #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2", "TimeoutSeconds": 5, "End": true}}}"#,
        ])

    static let rules = [invalid, unknownIntegration, unknownPattern]

    /// The integration patterns: run a job and wait for a callback (request-response has no suffix).
    static let patterns: Set<String> = ["sync", "sync:2", "waitForTaskToken"]

    /// Actions of the optimised integrations whose list is short and stable (AWS "Integrating
    /// services" guide). Services not listed here are not checked, to avoid false errors.
    static let optimisedActions: [String: Set<String>] = [
        "dynamodb": ["getItem", "putItem", "updateItem", "deleteItem"],
        "sns": ["publish"],
        "sqs": ["sendMessage"],
        "states": ["startExecution"],
        "events": ["putEvents"],
        "http": ["invoke"],
        "batch": ["submitJob"],
        "glue": ["startJobRun"],
        "ecs": ["runTask"],
    ]

    func run(_ context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for scope in context.machine.allScopes {
            // By index: a copy of each state counted a reference.
            let states = scope.states
            for index in states.indices where states[index].type == .task {
                let state = states[index]
                guard let node = state.withNode({ $0["Resource"] }), let arn = node.stringValue else { continue }
                if ByteText.withFields(of: arn, separator: UInt8(ascii: ":"), Self.isPlainServiceARN) == true
                    || ByteText.withFields(of: arn, separator: UInt8(ascii: ":"), Self.isPlainStatesIntegration) == true { continue }
                let parts = ByteText.fields(of: arn, separator: UInt8(ascii: ":"))
                if let problem = Self.problem(arn, parts: parts, language: state.queryLanguage) {
                    found.append(context.diagnostic(Self.invalid, "Resource \"\(arn)\" \(problem).", at: node.position, pointer: state.pointer + "/Resource", state: state.name))
                } else {
                    let fields = Self.hasPlaceholder(arn) ? ByteText.fields(of: Self.foldingPlaceholders(arn), separator: UInt8(ascii: ":")) : parts
                    if let action = Self.unknownAction(fields) {
                        found.append(context.diagnostic(Self.unknownIntegration, "\"\(action.action)\" is not an optimised \(action.service) integration; use `arn:aws:states:::aws-sdk:\(action.service):\(action.action)` for the SDK call.", at: node.position, pointer: state.pointer + "/Resource", state: state.name))
                    } else if let pattern = Self.unrecognisedPattern(fields) {
                        found.append(context.diagnostic(Self.unknownPattern, "\"\(pattern)\" is not an integration pattern; use `.sync`, `.sync:2`, `.waitForTaskToken` or no suffix.", at: node.position, pointer: state.pointer + "/Resource", state: state.name))
                    }
                }
            }
        }
        return found
    }

    /// Works on UTF-8 slices of the ARN: it runs for every Task, and splitting into `String`s
    /// cost more than the rest of validation together.
    /// `parts` are the ARN's `:`-separated fields, split once for both checks.
    static func problem(_ arn: String, parts: [Substring], language: QueryLanguage) -> String? {
        if ByteText.contains(arn, "${") {
            return ByteText.contains(arn, "}") ? nil : "has an unclosed `${` placeholder"
        }
        if language == .jsonata, JSONataChecker.isExpression(arn) { return nil }
        guard parts.count >= 6, parts[0] == "arn", !parts[1].isEmpty, !parts[2].isEmpty else {
            return "is not an ARN (expected arn:partition:service:region:account:resource)"
        }
        if parts[2] == "lambda", parts.count >= 7, parts[5] == "function" {
            if parts.count == 8 {
                let alias = parts[7]
                if alias.isEmpty { return "ends with ':' but names no alias or version" }
                let allowed = alias == "$LATEST" || alias.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                if !allowed { return "has an invalid alias or version \"\(alias)\"" }
            } else if parts.count > 8 {
                return "has too many ':'-separated parts for a Lambda function ARN"
            }
        }
        return nil
    }

    /// An ARN that none of the three rules can report, decided on its bytes: well formed, of a
    /// service other than `states` (whose integrations the other two rules check), not a Lambda
    /// ARN with an alias part, no placeholder. Nearly every Task's `Resource` is one, and splitting
    /// it into `Substring`s cost more than the checks.
    static func isPlainServiceARN(_ fields: ByteFields) -> Bool {
        guard !fields.containsPair(UInt8(ascii: "$"), UInt8(ascii: "{")), fields.range(5) != nil, fields.field(0, is: "arn"),
            fields.range(1)?.isEmpty == false, fields.range(2)?.isEmpty == false, !fields.field(2, is: "states")
        else { return false }
        return !(fields.field(2, is: "lambda") && fields.field(5, is: "function") && fields.range(7) != nil)
    }

    /// An optimised integration none of the three rules can report, decided on its bytes:
    /// `arn:partition:states:::service:action` with no pattern suffix, no placeholder, and an
    /// action `optimisedActions` lists for the service (or a service it does not check).
    static func isPlainStatesIntegration(_ fields: ByteFields) -> Bool {
        guard !fields.containsPair(UInt8(ascii: "$"), UInt8(ascii: "{")), fields.count == 7, fields.field(0, is: "arn"),
            fields.range(1)?.isEmpty == false, fields.field(2, is: "states"), fields.isEmpty(3), fields.isEmpty(4),
            let service = fields.range(5), let action = fields.range(6), !action.isEmpty, !fields.contains(UInt8(ascii: "."), in: action)
        else { return false }
        for (name, actions) in optimisedActions where fields.bytes(in: service, equal: name) {
            return actions.contains { fields.bytes(in: action, equal: $0) }
        }
        return true
    }

    static func hasPlaceholder(_ arn: String) -> Bool { ByteText.contains(arn, "${") }

    /// `arn:${AWS::Partition}:states:::dynamodb:query` as CDK and `Fn::Sub` write it: each
    /// closed `${…}` becomes `${}`, so that the `::` inside a pseudo parameter does not split the
    /// ARN's fields and the integration is checked like its literal `arn:aws:` form.
    static func foldingPlaceholders(_ arn: String) -> String {
        var folded = ""
        var rest = Substring(arn)
        while let open = rest.range(of: "${") {
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { break }
            folded += rest[..<open.lowerBound]
            folded += "${}"
            rest = rest[rest.index(after: close)...]
        }
        return folded + rest
    }

    static func unknownAction(_ parts: [Substring]) -> (service: String, action: String)? {
        guard parts.count == 7, parts[2] == "states", parts[3].isEmpty, parts[4].isEmpty else { return nil }
        let service = String(parts[5])
        guard let actions = optimisedActions[service] else { return nil }
        let action = firstRun(parts[6])
        return actions.contains(action) ? nil : (service, action)
    }

    /// The suffix after the action of `arn:…:states:::service:action.suffix` (with `:2` when the
    /// ARN has it), when it is not a pattern Step Functions knows. The `aws-sdk:service:action`
    /// form has its action one field later. A placeholder (`${}` once folded) may stand for any pattern.
    static func unrecognisedPattern(_ parts: [Substring]) -> String? {
        guard parts.count >= 7, parts[2] == "states", parts[3].isEmpty, parts[4].isEmpty else { return nil }
        let actionIndex = parts[5] == "aws-sdk" ? 7 : 6
        guard parts.count > actionIndex, let dot = parts[actionIndex].firstIndex(of: ".") else { return nil }
        let suffix = ([parts[actionIndex][parts[actionIndex].index(after: dot)...]] + parts[(actionIndex + 1)...]).joined(separator: ":")
        return patterns.contains(suffix) || suffix.contains("${") ? nil : "." + suffix
    }

    /// The first non-empty run between dots, without building the list of runs. On UTF-8
    /// bytes when the text is ASCII (where a byte is a character); by characters otherwise.
    private static func firstRun(_ text: Substring) -> String {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return String(text.drop { $0 == "." }.prefix { $0 != "." }) }
        let dot = UInt8(ascii: ".")
        var start = utf8.startIndex
        while start < utf8.endIndex, utf8[start] == dot { start = utf8.index(after: start) }
        var end = start
        while end < utf8.endIndex, utf8[end] != dot { end = utf8.index(after: end) }
        return String(text[start..<end])
    }
}
