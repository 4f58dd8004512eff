import ASLLoad
import ASLSource

/// Builds the type-specific part of one state.
struct StateDetailBuilder {
    let node: LocatedNode
    let name: String
    /// The pointer of the state's scope; the state's own is made only for the nested scopes
    /// of a Parallel or Map.
    let scopePointer: String
    let language: QueryLanguage
    /// The machine's language, which nested scopes start from (specification: the default
    /// for states inside `Branches` and `ItemProcessor` is the machine's, not the parent's).
    let inherited: QueryLanguage
    let links: DocumentLinks

    /// `members`: the state's, when it is an object.
    func detail(for type: StateType?, members: LocatedNode.Members?) -> State.Detail {
        switch type {
        case .task: .task(task(members))
        case .pass: .pass
        case .choice: .choice(ChoiceBuilder(language: language, links: links).choice(node))
        case .wait: .wait(waitDuration(members ?? []))
        case .succeed: .succeed
        case .fail: .fail(FailState(error: node["Error"]?.stringValue, cause: node["Cause"]?.stringValue))
        case .parallel: .parallel(parallel())
        case .map: .map(map(members ?? []))
        case nil: .unknown
        }
    }

    private func task(_ members: LocatedNode.Members?) -> TaskState {
        guard let members else { return TaskState(resource: nil, timeoutSeconds: nil, heartbeatSeconds: nil) }
        let fields = TaskFields(members)
        return TaskState(
            resource: members.read(fields.resource) { r in r.stringValue.map { TaskResource(arn: $0, position: r.position) } },
            timeoutSeconds: Self.dynamicInt(members, value: fields.timeoutSeconds, path: fields.timeoutSecondsPath),
            heartbeatSeconds: Self.dynamicInt(members, value: fields.heartbeatSeconds, path: fields.heartbeatSecondsPath))
    }

    /// `LocatedNode.dynamicInt(value:path:)` from the offsets of the two members.
    private static func dynamicInt(_ members: LocatedNode.Members, value: Int?, path: Int?) -> DynamicInt? {
        if let literal = members.read(value, { node -> DynamicInt? in
            if let n = node.numberValue?.intValue { return .literal(n, node.position) }
            if let s = node.stringValue { return .jsonata(s, node.position) }
            return nil
        }) {
            return literal
        }
        return members.read(path) { node in node.stringValue.map { .path($0, node.position) } }
    }

    /// The offsets of a Task's fields, found in one pass over its members by key length first
    /// (five searches per Task cost more than building it). The first of duplicate keys counts,
    /// as for `node[key]`.
    private struct TaskFields {
        var resource: Int?
        var timeoutSeconds: Int?
        var timeoutSecondsPath: Int?
        var heartbeatSeconds: Int?
        var heartbeatSecondsPath: Int?

        init(_ members: LocatedNode.Members) {
            for index in members.indices {
                let key = members.key(at: index)
                switch key.utf8.count {
                case 8: if key == "Resource", resource == nil { resource = index }
                case 14: if key == "TimeoutSeconds", timeoutSeconds == nil { timeoutSeconds = index }
                case 16: if key == "HeartbeatSeconds", heartbeatSeconds == nil { heartbeatSeconds = index }
                case 18: if key == "TimeoutSecondsPath", timeoutSecondsPath == nil { timeoutSecondsPath = index }
                case 20: if key == "HeartbeatSecondsPath", heartbeatSecondsPath == nil { heartbeatSecondsPath = index }
                default: break
                }
            }
        }
    }

    private func waitDuration(_ members: LocatedNode.Members) -> WaitDuration? {
        let fields = WaitFields(members)
        if let seconds = Self.dynamicInt(members, value: fields.seconds, path: fields.secondsPath) { return .seconds(seconds) }
        if let t = members.read(fields.timestamp, { t in t.stringValue.map { WaitDuration.timestamp($0, t.position) } }) { return t }
        return members.read(fields.timestampPath) { t in t.stringValue.map { WaitDuration.timestampPath($0, t.position) } }
    }

    private func parallel() -> ParallelState {
        let branchesPointer = JSONPointer.appending(State.pointer(ofStateNamed: name, inScopeAt: scopePointer), "Branches")
        let branches = (node["Branches"]?.arrayValue ?? []).enumerated().map { index, branch in
            StateMachineBuilder.scope(
                branch, kind: .parallelBranch(parent: name, index: index),
                pointer: JSONPointer.appending(branchesPointer, index), language: inherited, links: links)
        }
        return ParallelState(branches: branches)
    }

    private func map(_ members: LocatedNode.Members) -> MapState {
        let fields = MapFields(members)
        let processorKey = fields.itemProcessor != nil ? "ItemProcessor" : "Iterator"
        let processorNode = (fields.itemProcessor ?? fields.iterator).map(members.value(at:))
        let processor = processorNode.map {
            StateMachineBuilder.scope(
                $0, kind: .mapProcessor(parent: name),
                pointer: JSONPointer.appending(State.pointer(ofStateNamed: name, inScopeAt: scopePointer), processorKey),
                language: inherited, links: links)
        }
        let processorConfig = processorNode?["ProcessorConfig"]
        let modeText = processorConfig?["Mode"]?.stringValue
        let itemReader = fields.itemReader.map(members.value(at:))
        let readerMaxItems = itemReader?["ReaderConfig"]?["MaxItems"]?.numberValue?.intValue
        let literalItems = members.read(fields.items) { $0.arrayValue?.count }
        let label = members.read(fields.label) { $0.stringValue }
        let batcher = fields.itemBatcher.map(members.value(at:))
        let batching = batcher.flatMap { batcher -> MapState.Batching? in
            batcher.dynamicInt("MaxItemsPerBatch", pathKey: "MaxItemsPerBatchPath").map(MapState.Batching.items)
                ?? (batcher["MaxInputBytesPerBatch"] != nil || batcher["MaxInputBytesPerBatchPath"] != nil ? .bytesOnly : nil)
        }
        return MapState(
            processor: processor,
            mode: modeText.flatMap(MapState.Mode.init(rawValue:)) ?? .inline,
            maxConcurrency: Self.dynamicInt(members, value: fields.maxConcurrency, path: fields.maxConcurrencyPath),
            knownItemCount: literalItems ?? readerMaxItems,
            usesItemReader: itemReader != nil,
            label: label,
            batching: batching,
            executionType: processorConfig?["ExecutionType"]?.stringValue.flatMap(MapState.ExecutionType.init(rawValue:)))
    }
}
