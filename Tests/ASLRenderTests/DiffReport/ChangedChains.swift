import ASLAnalysis
import ASLLoad

/// Chains of Lambda tasks (`Step 0` … `Step n-2`, then `Failed`) and a changed copy, for the
/// tests of how much of a large change the pull-request comment shows.
enum ChangedChains {
    enum Change {
        /// The state is left out; its predecessor's `Next` skips it.
        case remove
        /// `Added after i` is inserted after the state.
        case addAfter
        /// `TimeoutSeconds` 30 → 90.
        case timeout
        /// `Retry[0].MaxAttempts` 2 → 5.
        case retry
        /// `Resource` gets a `-v2` suffix.
        case resource
    }

    /// A machine of `states` states; `change` says what the head does to `Step i`.
    static func json(states: Int, change: (Int) -> Change? = { _ in nil }) -> String {
        var chain: [(name: String, change: Change?)] = []
        for i in 0..<(states - 1) {
            let c = change(i)
            if c == .remove { continue }
            chain.append(("Step \(i)", c))
            if c == .addAfter { chain.append(("Added after \(i)", nil)) }
        }
        var parts: [String] = []
        for (k, state) in chain.enumerated() {
            let i = Int(state.name.split(separator: " ").last!)!
            let next = k + 1 < chain.count ? "\"Next\": \"\(chain[k + 1].name)\"" : "\"End\": true"
            let timeout = state.change == .timeout ? 90 : 30
            let attempts = state.change == .retry ? 5 : 2
            let resource = "arn:aws:lambda:us-east-1:123456789012:function:w\(i % 17)" + (state.change == .resource ? "-v2" : "")
            parts.append(
                "\"\(state.name)\": {\"Type\": \"Task\", \"Resource\": \"\(resource)\", \"TimeoutSeconds\": \(timeout),\n"
                    + "  \"Retry\": [{\"ErrorEquals\": [\"States.TaskFailed\"], \"MaxAttempts\": \(attempts)}],\n"
                    + "  \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Failed\"}], \(next)}")
        }
        parts.append("\"Failed\": {\"Type\": \"Fail\", \"Error\": \"Pipeline.Failed\"}")
        return "{\"Comment\": \"generated\", \"StartAt\": \"\(chain[0].name)\", \"States\": {\n" + parts.joined(separator: ",\n") + "\n}}\n"
    }

    /// 3,000 states, every odd step changed (1,499 of them): per twenty steps one removed, one
    /// followed by an added state, two timeouts, two retries and four resources.
    static func everyOtherStep(_ i: Int) -> Change? {
        guard i % 2 == 1 else { return nil }
        switch i / 2 % 10 {
        case 0: return .remove
        case 1: return .addAfter
        case 2, 3: return .timeout
        case 4, 5: return .retry
        default: return .resource
        }
    }

    /// Five changes far apart in a 5,000-state chain.
    static func fiveApart(_ i: Int) -> Change? {
        [700: .remove, 1500: .addAfter, 2600: .timeout, 3400: .retry, 4200: .resource][i]
    }

    static func diff(states: Int, change: @escaping (Int) -> Change?) -> RepositoryDiff {
        let file = "chain-\(states).asl.json"
        let base = Loader.load(SourceText(path: file, text: json(states: states)))
        let head = Loader.load(SourceText(path: file, text: json(states: states, change: change)))
        return RepositoryDiffer.diff(base: base, head: head, baseLabel: "main", headLabel: "feature")
    }
}
