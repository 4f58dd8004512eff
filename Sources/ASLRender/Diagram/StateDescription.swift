import ASLModel

/// The text a picture shows for one state: a subtitle under its name, badges, and a tooltip
/// with the key fields.
struct StateDescription {
    var subtitle: String
    var badges: [String]
    var tooltip: String

    init(_ state: State) {
        var subtitle = state.type?.rawValue ?? "Unknown type"
        var badges: [String] = []
        var tooltip: [String] = [subtitle]
        switch state.detail {
        case .task(let task):
            if let resource = task.resource {
                subtitle += " · " + Self.integrationName(resource)
                switch resource.pattern {
                case .sync: subtitle += " · run to completion"
                case .waitForTaskToken: subtitle += " · wait for callback"
                case .requestResponse: break
                }
                tooltip.append("Resource: \(resource.arn)")
            }
            if let timeout = task.timeoutSeconds {
                badges.append("timeout " + Abbreviation.seconds(timeout))
                tooltip.append("Timeout: " + Abbreviation.seconds(timeout))
            } else {
                tooltip.append("Timeout: none")
            }
            if let heartbeat = task.heartbeatSeconds {
                badges.append("heartbeat " + Abbreviation.seconds(heartbeat))
                tooltip.append("Heartbeat: " + Abbreviation.seconds(heartbeat))
            }
        case .wait(let duration):
            switch duration {
            case .seconds(let s): subtitle += " · " + Abbreviation.seconds(s)
            case .timestamp, .timestampPath: subtitle += " · until a timestamp"
            case nil: break
            }
        case .fail(let fail):
            if let error = fail.error { subtitle += " · " + Abbreviation.cut(error, limit: 32) }
            if let cause = fail.cause { tooltip.append("Cause: \(cause)") }
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
            if map.usesItemReader { tooltip.append("Items: read by ItemReader") }
        case .pass, .choice, .succeed, .unknown:
            break
        }
        if !state.retriers.isEmpty {
            let summary = RetrySummary(retriers: state.retriers)
            badges.append(summary.badge)
            for retrier in state.retriers {
                tooltip.append(
                    "Retry \(retrier.errorNames.joined(separator: ", ")): ×\(retrier.maxAttempts) from \(retrier.intervalSeconds) s, backoff \(retrier.backoffRate)"
                        + (retrier.maxDelaySeconds.map { ", ≤ \($0) s" } ?? ""))
            }
        }
        for catcher in state.catchers {
            tooltip.append("Catch \(catcher.errorNames.joined(separator: ", ")) → \(catcher.next?.value ?? "?")")
        }
        tooltip[0] = subtitle
        self.subtitle = subtitle
        self.badges = badges
        self.tooltip = tooltip.joined(separator: "\n")
    }

    /// "Lambda", "DynamoDB", …; for other services the service name from the ARN
    /// (`arn:aws:states:::athena:…` → "Athena", `…:::aws-sdk:s3:…` → "AWS SDK S3").
    static func integrationName(_ resource: TaskResource) -> String {
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
