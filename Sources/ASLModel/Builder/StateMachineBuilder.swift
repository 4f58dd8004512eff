import ASLLoad
import ASLSource

/// Projects a located document onto the typed model. Never fails: whatever is malformed is
/// left out, and the validator reports it from the document.
public enum StateMachineBuilder {
    /// - Parameter keepingDocument: false for analyses that read only the typed fields: every
    ///   `node` of the model is then an empty placeholder, and the model keeps nothing of the
    ///   document alive.
    /// - Complexity: O(size of the document). Recursion depth is the nesting of Parallel and
    ///   Map states, bounded by the reader's nesting limit.
    public static func build(_ definition: LocatedNode, keepingDocument: Bool = true) -> StateMachine {
        let links = DocumentLinks(keepingDocument: keepingDocument)
        let language = definition.locatedString("QueryLanguage").flatMap { QueryLanguage(rawValue: $0.value) } ?? .jsonPath
        let timeout = definition["TimeoutSeconds"].flatMap { node in
            node.numberValue?.intValue.map { Located($0, at: node.position) }
        }
        let root = scope(definition, kind: .root, pointer: "", language: language, links: links)
        return StateMachine(
            root: root, queryLanguage: language, timeoutSeconds: timeout,
            comment: definition["Comment"]?.stringValue, node: links.link(definition))
    }

    static func scope(
        _ node: LocatedNode, kind: Scope.Kind, pointer: String, language: QueryLanguage, links: DocumentLinks
    ) -> Scope {
        let members = node["States"]?.members ?? []
        let states: [State]
        if buildsOnEveryCore(stateCount: members.count, keepingDocument: links.keepsDocument) {
            // A large scope's states are built on every core, in runs of contiguous states
            // joined in document order: each state is built from its own members alone. Runs,
            // not states, are handed out: `concurrentMap` is generic, and per state its
            // metadata look-ups cost more than a quarter of building the state.
            // A model built without the document outlives it and is what `report`, `render`,
            // `analyze` and `paths` hold to the end: it is built on one thread, so that all of
            // it comes from the main thread's heap. Half of it in a worker thread's heap kept
            // the drawing from reusing what validation freed: `render` and `report` of the
            // 12.4 MB mixed machine peaked 9-12 MiB higher.
            let runs = stride(from: 0, to: members.count, by: concurrentRunLength).map {
                $0..<min($0 + concurrentRunLength, members.count)
            }
            // Each run reads through its own twin of the arena: the views made and dropped
            // while building count references, and two cores counting on one object made
            // the build as slow as on one core at 1.2x the CPU.
            states = Array(
                runs.concurrentMap { run in
                    Self.states(of: members.readThroughTwin(), in: run, scopePointer: pointer, language: language, links: links)
                }.joined())
        } else {
            states = Self.states(of: members, in: members.indices, scopePointer: pointer, language: language, links: links)
        }
        return Scope(
            kind: kind, pointer: pointer, startAt: node.locatedString("StartAt"), states: states, node: links.link(node))
    }

    /// The states of the members in `run` of a scope's `States`. Each value is lent, not copied
    /// out of a `Member`: a copy counted a reference to the arena, which two cores building
    /// one scope would contend for.
    private static func states(
        of members: LocatedNode.Members, in run: Range<Int>, scopePointer: String, language: QueryLanguage,
        links: DocumentLinks
    ) -> [State] {
        var states: [State] = []
        states.reserveCapacity(run.count)
        for index in run {
            let built = members.withValue(at: index) { value in
                state(
                    value, name: members.key(at: index), namePosition: members.keyPosition(at: index),
                    scopePointer: scopePointer, inherited: language, links: links)
            }
            states.append(built)
        }
        return states
    }

    /// The size of scope whose states are built on every core: about where the hand-off to a
    /// second thread starts to pay (as `Validator.concurrentChecksThreshold`).
    static let concurrentScopeThreshold = 500

    /// Whether a scope's states are built on every core (see `scope`).
    static func buildsOnEveryCore(stateCount: Int, keepingDocument: Bool) -> Bool {
        stateCount >= concurrentScopeThreshold && keepingDocument
    }

    /// States per run handed to a core. Short runs, each with its own twin, also spread the
    /// checks' reference counts (every state's node belongs to its run's twin), so that the two
    /// cores seldom count on one object: `validate` of the mixed 0.79 MB machine took 0.85-0.88x
    /// the wall time of the one-thread build with runs of 48, 0.88-0.91x with runs of 128.
    static let concurrentRunLength = 48

    static func state(
        _ node: LocatedNode, name: String, namePosition: SourcePosition, scopePointer: String,
        inherited: QueryLanguage, links: DocumentLinks
    ) -> State {
        node.withMembers { members in
            let fields = members.map(CommonFields.init) ?? CommonFields()
            let type = members?.read(fields.type) { $0.stringValue.flatMap(StateType.init(name:)) }
            let language = members?.read(fields.queryLanguage) { $0.stringValue.flatMap(QueryLanguage.init(rawValue:)) } ?? inherited
            let detail = StateDetailBuilder(
                node: node, name: name, scopePointer: scopePointer, language: language, inherited: inherited,
                links: links)
                .detail(for: type, members: members)
            let next = members?.read(fields.next) { n in n.stringValue.map { Located($0, at: n.position) } }
            return State(
                name: name, namePosition: namePosition, inScopeAt: scopePointer, type: type, detail: detail,
                queryLanguage: language, next: next, isEnd: members?.read(fields.end) { $0.boolValue } == true,
                retriers: members?.read(fields.retry) { retriers($0, links: links) } ?? [],
                catchers: members?.read(fields.catchers) { catchers($0, links: links) } ?? [],
                node: links.link(node))
        }
    }

    /// The offsets of the members every state may have, found in one pass over its members
    /// instead of one search each. The reader keeps only the first of duplicate keys, so the
    /// first match is what `node[key]` would return. Offsets, not views: a copy costs no count.
    private struct CommonFields {
        var type: Int?
        var queryLanguage: Int?
        var next: Int?
        var end: Int?
        var retry: Int?
        var catchers: Int?

        init() {}

        init(_ members: LocatedNode.Members) {
            // By length first: most keys then need one comparison, not a chain of six.
            for index in members.indices {
                let key = members.key(at: index)
                switch key.utf8.count {
                case 3: if key == "End", end == nil { end = index }
                case 4:
                    if key == "Type" { if type == nil { type = index } }
                    else if key == "Next", next == nil { next = index }
                case 5:
                    if key == "Retry" { if retry == nil { retry = index } }
                    else if key == "Catch", catchers == nil { catchers = index }
                case 13: if key == "QueryLanguage", queryLanguage == nil { queryLanguage = index }
                default: break
                }
            }
        }
    }

    static func retriers(_ node: LocatedNode, links: DocumentLinks) -> [Retrier] {
        node.withElements { items in
            guard let items else { return [] }
            var retriers: [Retrier] = []
            retriers.reserveCapacity(items.count)
            for index in items.indices {
                let retrier = items.withElement(at: index) { item in
                    item.withMembers { members -> Retrier? in
                        guard let members else { return nil }
                        let fields = RetrierFields(members)
                        return Retrier(
                            errorEquals: members.read(fields.errorEquals) { $0.locatedStringItems() } ?? [],
                            intervalSeconds: members.read(fields.intervalSeconds) { $0.numberValue?.intValue } ?? Retrier.defaultIntervalSeconds,
                            maxAttempts: members.read(fields.maxAttempts) { $0.numberValue?.intValue } ?? Retrier.defaultMaxAttempts,
                            backoffRate: members.read(fields.backoffRate) { $0.numberValue?.doubleValue } ?? Retrier.defaultBackoffRate,
                            maxDelaySeconds: members.read(fields.maxDelaySeconds) { $0.numberValue?.intValue },
                            jitter: members.read(fields.jitterStrategy) { $0.stringValue.flatMap(Retrier.Jitter.init(rawValue:)) } ?? .none,
                            index: index, node: links.link(item))
                    }
                }
                if let retrier { retriers.append(retrier) }
            }
            return retriers
        }
    }

    static func catchers(_ node: LocatedNode, links: DocumentLinks) -> [Catcher] {
        node.withElements { items in
            guard let items else { return [] }
            var catchers: [Catcher] = []
            catchers.reserveCapacity(items.count)
            for index in items.indices {
                let catcher = items.withElement(at: index) { item in
                    item.withMembers { members -> Catcher? in
                        guard let members else { return nil }
                        let fields = CatcherFields(members)
                        return Catcher(
                            errorEquals: members.read(fields.errorEquals) { $0.locatedStringItems() } ?? [],
                            next: members.read(fields.next) { n in n.stringValue.map { Located($0, at: n.position) } },
                            index: index, node: links.link(item))
                    }
                }
                if let catcher { catchers.append(catcher) }
            }
            return catchers
        }
    }

    /// A Retrier's fields in one pass over its members, by length first, as `CommonFields`: six
    /// searches per Retrier of every state cost more than building the rest of it.
    private struct RetrierFields {
        var errorEquals: Int?
        var intervalSeconds: Int?
        var maxAttempts: Int?
        var backoffRate: Int?
        var maxDelaySeconds: Int?
        var jitterStrategy: Int?

        init(_ members: LocatedNode.Members) {
            for index in members.indices {
                let key = members.key(at: index)
                switch key.utf8.count {
                case 11:
                    if key == "ErrorEquals" { if errorEquals == nil { errorEquals = index } }
                    else if key == "MaxAttempts" { if maxAttempts == nil { maxAttempts = index } }
                    else if key == "BackoffRate", backoffRate == nil { backoffRate = index }
                case 14: if key == "JitterStrategy", jitterStrategy == nil { jitterStrategy = index }
                case 15:
                    if key == "IntervalSeconds" { if intervalSeconds == nil { intervalSeconds = index } }
                    else if key == "MaxDelaySeconds", maxDelaySeconds == nil { maxDelaySeconds = index }
                default: break
                }
            }
        }
    }

    /// A Catcher's two fields in one pass, as `RetrierFields`.
    private struct CatcherFields {
        var errorEquals: Int?
        var next: Int?

        init(_ members: LocatedNode.Members) {
            for index in members.indices {
                let key = members.key(at: index)
                switch key.utf8.count {
                case 4: if key == "Next", next == nil { next = index }
                case 11: if key == "ErrorEquals", errorEquals == nil { errorEquals = index }
                default: break
                }
            }
        }
    }
}
