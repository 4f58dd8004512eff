/// serverless-step-functions' `configureTaskTimeouts: true` (the plugin's PR #768, for issue
/// #239): at deploy time the plugin writes `TimeoutSeconds` into every Task that invokes a
/// function of the same serverless.yml and has none (nor `TimeoutSecondsPath`), with the
/// function's `timeout`, else `provider.timeout`, else 6 s, the Serverless Framework default;
/// in Parallel branches and Map processors too. aslkit applies the same rule, so timing and
/// `task-timeout-missing` see what will be deployed.
///
/// A Task invokes a project function when its `Resource` (direct Lambda ARN) or its
/// `Parameters`/`Arguments` `FunctionName` (the `lambda:invoke` integration) refers to it by
/// `Fn::GetAtt` or `Ref`, by its key or by its CloudFormation logical id (`HelloLambdaFunction`).
struct ServerlessTaskTimeouts {
    static let frameworkDefaultSeconds = 6

    /// Timeout per name a Task may use for the function: key and logical id.
    let timeouts: [String: Int]

    init(serverless root: LocatedNode) {
        let providerTimeout = root["provider"]?["timeout"]?.numberValue?.intValue
        var timeouts: [String: Int] = [:]
        for function in root["functions"]?.members ?? [] {
            let seconds = function.value["timeout"]?.numberValue?.intValue ?? providerTimeout ?? Self.frameworkDefaultSeconds
            timeouts[function.key] = seconds
            timeouts[Self.logicalID(of: function.key)] = seconds
        }
        self.timeouts = timeouts
    }

    /// The Serverless Framework's logical id of a function: first letter upper-cased, `-` as
    /// `Dash`, `_` as `Underscore`, then `LambdaFunction`.
    static func logicalID(of key: String) -> String {
        let normalized = key.prefix(1).uppercased() + key.dropFirst()
        return normalized.replacingOccurrences(of: "-", with: "Dash").replacingOccurrences(of: "_", with: "Underscore") + "LambdaFunction"
    }

    /// `definition` (already resolved: intrinsics are `${Name.Arn}` / `${Name}` text) with the
    /// timeouts the plugin would write; each at the position of the Task it belongs to.
    /// - Complexity: O(nodes of the definition); recursion as deep as the scopes nest.
    func apply(to definition: LocatedNode) -> LocatedNode {
        guard !timeouts.isEmpty, let states = definition.member("States") else { return definition }
        var copy = definition
        copy.replaceMember("States", with: LocatedNode(.object(LocatedNode.Members((states.value.members ?? []).map { member in
            LocatedNode.Member(key: member.key, keyPosition: member.keyPosition, value: applyToState(member.value))
        })), at: states.value.position, tag: states.value.tag))
        return copy
    }

    private func applyToState(_ state: LocatedNode) -> LocatedNode {
        var copy = state
        switch state["Type"]?.stringValue {
        case "Task":
            if state["TimeoutSeconds"] == nil, state["TimeoutSecondsPath"] == nil, let seconds = timeout(of: state) {
                copy.appendMember("TimeoutSeconds", LocatedNode(.number(NumberLiteral(seconds)), at: state.position))
            }
        case "Parallel":
            if let branches = state["Branches"]?.arrayValue {
                var list = state["Branches"]!
                list.value = .array(LocatedNode.Elements(branches.map(apply)))
                copy.replaceMember("Branches", with: list)
            }
        case "Map":
            for key in ["ItemProcessor", "Iterator"] {
                if let processor = state[key] { copy.replaceMember(key, with: apply(to: processor)) }
            }
        default: break
        }
        return copy
    }

    private func timeout(of task: LocatedNode) -> Int? {
        let references = [task["Resource"], task["Parameters"]?["FunctionName"], task["Arguments"]?["FunctionName"]].compactMap { $0?.stringValue }
        for text in references {
            for name in timeouts.keys.sorted() where text.contains("${\(name).Arn}") || text.contains("${\(name)}") {
                return timeouts[name]
            }
        }
        return nil
    }
}

extension LocatedNode {
    fileprivate mutating func replaceMember(_ key: String, with node: LocatedNode) {
        guard let members = self.members else { return }
        value = .object(Members(members.map { $0.key == key ? Member(key: key, keyPosition: $0.keyPosition, value: node) : $0 }))
    }

    fileprivate mutating func appendMember(_ key: String, _ node: LocatedNode) {
        guard let members = self.members else { return }
        value = .object(Members(Array(members) + [Member(key: key, keyPosition: node.position, value: node)]))
    }
}
