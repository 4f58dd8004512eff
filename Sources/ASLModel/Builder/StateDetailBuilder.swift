import ASLLoad
import ASLSource

/// Builds the type-specific part of one state.
struct StateDetailBuilder {
    let node: LocatedNode
    let name: String
    let pointer: String
    let language: QueryLanguage
    /// The machine's language, which nested scopes start from (specification: the default
    /// for states inside `Branches` and `ItemProcessor` is the machine's, not the parent's).
    let inherited: QueryLanguage
    let links: DocumentLinks

    func detail(for type: StateType?) -> State.Detail {
        switch type {
        case .task: .task(task())
        case .pass: .pass
        case .choice: .choice(ChoiceBuilder(language: language, links: links).choice(node))
        case .wait: .wait(waitDuration())
        case .succeed: .succeed
        case .fail: .fail(FailState(error: node["Error"]?.stringValue, cause: node["Cause"]?.stringValue))
        case .parallel: .parallel(parallel())
        case .map: .map(map())
        case nil: .unknown
        }
    }

    private func task() -> TaskState {
        let fields = TaskFields(node.members ?? [])
        let resource = fields.resource.flatMap { r in r.stringValue.map { TaskResource(arn: $0, position: r.position) } }
        return TaskState(
            resource: resource, timeoutSeconds: LocatedNode.dynamicInt(value: fields.timeoutSeconds, path: fields.timeoutSecondsPath),
            heartbeatSeconds: LocatedNode.dynamicInt(value: fields.heartbeatSeconds, path: fields.heartbeatSecondsPath))
    }

    /// A Task's fields in one pass over its members, by key length first (five searches per Task
    /// cost more than building it). The first of duplicate keys counts, as for `node[key]`.
    private struct TaskFields {
        var resource: LocatedNode?
        var timeoutSeconds: LocatedNode?
        var timeoutSecondsPath: LocatedNode?
        var heartbeatSeconds: LocatedNode?
        var heartbeatSecondsPath: LocatedNode?

        init(_ members: LocatedNode.Members) {
            for index in members.indices {
                let key = members.key(at: index)
                switch key.utf8.count {
                case 8: if key == "Resource", resource == nil { resource = members.value(at: index) }
                case 14: if key == "TimeoutSeconds", timeoutSeconds == nil { timeoutSeconds = members.value(at: index) }
                case 16: if key == "HeartbeatSeconds", heartbeatSeconds == nil { heartbeatSeconds = members.value(at: index) }
                case 18: if key == "TimeoutSecondsPath", timeoutSecondsPath == nil { timeoutSecondsPath = members.value(at: index) }
                case 20: if key == "HeartbeatSecondsPath", heartbeatSecondsPath == nil { heartbeatSecondsPath = members.value(at: index) }
                default: break
                }
            }
        }
    }

    private func waitDuration() -> WaitDuration? {
        if let seconds = node.dynamicInt("Seconds", pathKey: "SecondsPath") { return .seconds(seconds) }
        if let t = node["Timestamp"], let s = t.stringValue { return .timestamp(s, t.position) }
        if let t = node["TimestampPath"], let s = t.stringValue { return .timestampPath(s, t.position) }
        return nil
    }

    private func parallel() -> ParallelState {
        let branchesPointer = JSONPointer.appending(pointer, "Branches")
        let branches = (node["Branches"]?.arrayValue ?? []).enumerated().map { index, branch in
            StateMachineBuilder.scope(
                branch, kind: .parallelBranch(parent: name, index: index),
                pointer: JSONPointer.appending(branchesPointer, index), language: inherited, links: links)
        }
        return ParallelState(branches: branches)
    }

    private func map() -> MapState {
        let processorKey = node["ItemProcessor"] != nil ? "ItemProcessor" : "Iterator"
        let processorNode = node[processorKey]
        let processor = processorNode.map {
            StateMachineBuilder.scope(
                $0, kind: .mapProcessor(parent: name), pointer: JSONPointer.appending(pointer, processorKey),
                language: inherited, links: links)
        }
        let modeText = processorNode?["ProcessorConfig"]?["Mode"]?.stringValue
        let readerMaxItems = node["ItemReader"]?["ReaderConfig"]?["MaxItems"]?.numberValue?.intValue
        let literalItems = node["Items"]?.arrayValue?.count
        return MapState(
            processor: processor,
            mode: modeText.flatMap(MapState.Mode.init(rawValue:)) ?? .inline,
            maxConcurrency: node.dynamicInt("MaxConcurrency", pathKey: "MaxConcurrencyPath"),
            knownItemCount: literalItems ?? readerMaxItems,
            usesItemReader: node["ItemReader"] != nil,
            label: node["Label"]?.stringValue,
            batching: node["ItemBatcher"].flatMap { batcher in
                batcher.dynamicInt("MaxItemsPerBatch", pathKey: "MaxItemsPerBatchPath").map(MapState.Batching.items)
                    ?? (batcher["MaxInputBytesPerBatch"] != nil || batcher["MaxInputBytesPerBatchPath"] != nil ? .bytesOnly : nil)
            },
            executionType: processorNode?["ProcessorConfig"]?["ExecutionType"]?.stringValue.flatMap(MapState.ExecutionType.init(rawValue:)))
    }
}
