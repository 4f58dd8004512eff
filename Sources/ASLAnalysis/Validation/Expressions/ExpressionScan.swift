import ASLExpressions
import ASLLoad
import ASLModel
import ASLSource

/// One state being scanned, with what decides which references it may make.
struct StateSite {
    /// The fields of the state the checks use (a whole `State` costs a retain per field to copy).
    struct StateFields {
        let name: String
        let node: LocatedNode
        let type: StateType?
        /// The state itself, one reference to its box, for `pointer`.
        let model: State

        /// Spelled out when asked for: most states of a machine have nothing to report or
        /// record, and building every state's pointer up front cost two appends each.
        var pointer: String { model.pointer }
    }

    let state: StateFields
    let scope: Int
    let index: Int
    /// The state runs inside a Map iteration, so `$$.Map.Item…` is defined.
    let insideMap: Bool
}

/// Walks every state of a machine once, checks each expression string with the checker its
/// field calls for, and records variable reads and assignments for the data-flow analysis.
///
/// - Complexity: O(size of the definition) plus the checkers' own linear cost per string.
struct ExpressionScan {
    var sink: ExpressionSink
    /// Checks already made in this run, by string and context.
    var memo = ExpressionMemo()
    /// Every name assigned anywhere, so that `$f(…)` of a variable is not an unknown function.
    let knownVariables: Set<String>

    init(context: ValidationContext, tree: ScopeTree) {
        let graph = context.graph
        sink = ExpressionSink(file: context.file, scopeSizes: graph.scopes.map(\.count))
        // Only JSONata calls consult the assigned names; JSONPath-only machines skip the pass.
        let hasJSONata = graph.scopes.contains { $0.scope.states.contains { $0.queryLanguage == .jsonata } }
        knownVariables = hasJSONata ? Self.assignedNames(context.machine) : []
        for si in graph.scopes.indices {
            let states = graph.scopes[si].scope.states
            for i in states.indices {
                let node = states[i].node
                guard node.isObject else { continue }
                let fields = StateSite.StateFields(name: states[i].name, node: node, type: states[i].type, model: states[i])
                let site = StateSite(state: fields, scope: si, index: i, insideMap: tree.insideMap[si])
                switch states[i].queryLanguage {
                case .jsonPath: scanJSONPath(site)
                case .jsonata: scanJSONata(site)
                }
            }
        }
    }

    /// A string a template tool fills in later (`${…}`) is not checked: its final text is unknown.
    /// - Complexity: O(n), on UTF-8 bytes (Foundation's `contains` cost more than the checks).
    static func isPlaceholder(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(containsPlaceholder) { return found }
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "$"), byte == UInt8(ascii: "{") { return true }
            previous = byte
        }
        return false
    }

    private static func containsPlaceholder(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 1 else { return false }
        for k in 1..<bytes.count where bytes[k] == UInt8(ascii: "{") && bytes[k - 1] == UInt8(ascii: "$") { return true }
        return false
    }

    static func strippedKey(_ key: String) -> String { endsInDollar(key) ? String(key.dropLast(2)) : key }

    /// The key ends in `Path` (compared as UTF-8 bytes: `hasSuffix` compares Characters). The
    /// last byte is tested first: the reversed comparison costs ~170 instructions, and it runs
    /// for most keys of every state.
    static func endsInPath(_ key: String) -> Bool {
        let bytes = key.utf8
        guard bytes.count >= 4, bytes.last == UInt8(ascii: "h") else { return false }
        return bytes.reversed().starts(with: "htaP".utf8)
    }

    /// The key ends in `.$`, marking a payload-template path value.
    static func endsInDollar(_ key: String) -> Bool { key.utf8.reversed().starts(with: "$.".utf8) }

    /// - Complexity: O(number of states + Assign keys).
    static func assignedNames(_ machine: StateMachine) -> Set<String> {
        var names = Set<String>()
        func add(_ node: LocatedNode?) {
            for member in node?.members ?? [] { names.insert(strippedKey(member.key)) }
        }
        // By index, only the state copied (see `ChoiceCheck.run`).
        for index in machine.allStates.indices {
            let state = machine.allStates[index].state
            add(state.node["Assign"])
            for rule in state.node["Choices"]?.arrayValue ?? [] { add(rule["Assign"]) }
            for catcher in state.node["Catch"]?.arrayValue ?? [] { add(catcher["Assign"]) }
        }
        return names
    }

    /// Records the names an `Assign` object writes (keys without `.$`).
    func assignments(_ node: LocatedNode, pointer: String) -> [VariableAssignment] {
        (node.members ?? []).map {
            VariableAssignment(name: Self.strippedKey($0.key), position: $0.keyPosition, pointer: JSONPointer.appending(pointer, $0.key))
        }
    }

    mutating func reportMapContext(_ node: LocatedNode, pointer: String, site: StateSite, jsonata: Bool) {
        let what = jsonata ? "`$states.context.Map`" : "`$$.Map`"
        sink.report(
            ExpressionRules.mapContextOutsideMap,
            "\(what) exists only inside a Map state's item processing or its `ItemSelector`; here it is never defined.",
            at: node.position(atOffset: 0), pointer: pointer, state: site.state.name)
    }
}
