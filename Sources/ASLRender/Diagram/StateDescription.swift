import ASLModel

/// The text a picture shows for one state: a subtitle under its name, badges, and a tooltip
/// with the key fields. Each is made on its own, when asked: a drawing keeps the state, not
/// its texts (see `StateText`), and Mermaid never shows a tooltip.
enum StateDescription {
    /// "Task · Lambda · run to completion", "Wait · 5 s", "Map · inline · ≤ 4 at once".
    static func subtitle(_ state: State) -> String {
        var subtitle = state.type?.rawValue ?? "Unknown type"
        switch state.detail {
        case .task(let task):
            if let resource = task.resource {
                subtitle += " · " + Self.integrationName(resource)
                switch resource.pattern {
                case .sync: subtitle += " · run to completion"
                case .waitForTaskToken: subtitle += " · wait for callback"
                case .requestResponse: break
                }
            }
        case .wait(let duration):
            switch duration {
            case .seconds(let s): subtitle += " · " + Abbreviation.seconds(s)
            case .timestamp, .timestampPath: subtitle += " · until a timestamp"
            case nil: break
            }
        case .fail(let fail):
            if let error = fail.error { subtitle += " · " + Abbreviation.cut(error, limit: 32) }
        case .parallel(let parallel):
            subtitle += " · \(parallel.branches.count) branch\(parallel.branches.count == 1 ? "" : "es")"
        case .map(let map):
            subtitle += map.mode == .distributed ? " · distributed" : " · inline"
            if let limit = map.maxConcurrency {
                if case .literal(let n, _) = limit {
                    if n > 0 { subtitle += " · ≤ \(n) at once" }
                } else {
                    subtitle += " · concurrency " + Abbreviation.seconds(limit).replacingOccurrences(of: " s", with: "")
                }
            }
        case .pass, .choice, .succeed, .unknown:
            break
        }
        return subtitle
    }

    /// Timeout, heartbeat and retry badges.
    static func badges(_ state: State) -> [String] {
        var badges: [String] = []
        if case .task(let task) = state.detail {
            if let timeout = task.timeoutSeconds { badges.append("timeout " + Abbreviation.seconds(timeout)) }
            if let heartbeat = task.heartbeatSeconds { badges.append("heartbeat " + Abbreviation.seconds(heartbeat)) }
        }
        if !state.retriers.isEmpty { badges.append(RetrySummary(retriers: state.retriers).badge) }
        return badges
    }

    /// The subtitle, then one line per key field, retrier and catcher.
    static func tooltip(_ state: State) -> String {
        var tooltip = subtitle(state)
        func line(_ text: String) {
            tooltip += "\n"
            tooltip += text
        }
        switch state.detail {
        case .task(let task):
            if let resource = task.resource { line("Resource: \(resource.arn)") }
            if let timeout = task.timeoutSeconds {
                line("Timeout: " + Abbreviation.seconds(timeout))
            } else {
                line("Timeout: none")
            }
            if let heartbeat = task.heartbeatSeconds { line("Heartbeat: " + Abbreviation.seconds(heartbeat)) }
        case .fail(let fail):
            if let cause = fail.cause { line("Cause: \(cause)") }
        case .map(let map):
            if map.usesItemReader { line("Items: read by ItemReader") }
        case .wait, .parallel, .pass, .choice, .succeed, .unknown:
            break
        }
        for retrier in state.retriers {
            line(
                "Retry \(retrier.errorNames.joined(separator: ", ")): ×\(retrier.maxAttempts) from \(retrier.intervalSeconds) s, backoff \(retrier.backoffRate)"
                    + (retrier.maxDelaySeconds.map { ", ≤ \($0) s" } ?? ""))
        }
        for catcher in state.catchers {
            line("Catch \(catcher.errorNames.joined(separator: ", ")) → \(catcher.next?.value ?? "?")")
        }
        return tooltip
    }

    /// "Lambda", "DynamoDB", …; for other services the service name from the ARN
    /// (`arn:aws:states:::athena:…` → "Athena", `…:::aws-sdk:s3:…` → "AWS SDK S3").
    static func integrationName(_ resource: TaskResource) -> String {
        // Only these two read the ARN: splitting every Lambda's ARN was 7 % of a render.
        guard resource.integration == .sdk || resource.integration == .other else { return integrationName(resource.integration) }
        let parts = Integration.colonFreePlaceholders(resource.arn).split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch resource.integration {
        case .sdk where parts.count > 6: return "AWS SDK " + ServiceNames.display(parts[6])
        case .other where parts.count > 5 && parts[2] == "states" && !parts[5].isEmpty: return ServiceNames.display(parts[5])
        default: return integrationName(resource.integration)
        }
    }

    static func integrationName(_ integration: Integration) -> String {
        switch integration {
        case .lambda: "Lambda"
        case .sns: "SNS"
        case .sqs: "SQS"
        case .dynamodb: "DynamoDB"
        case .ecs: "ECS"
        case .batch: "Batch"
        case .glue: "Glue"
        case .sagemaker: "SageMaker"
        case .activity: "Activity"
        case .http: "HTTP"
        case .stepFunctions: "Step Functions"
        case .eventBridge: "EventBridge"
        case .sdk: "AWS SDK"
        case .other: "other"
        }
    }
}
