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
        let statesPointer = JSONPointer.appending(pointer, "States")
        let members = node["States"]?.members ?? []
        // On one thread, as `Validator` runs checks: the states share the document's arena.
        let states = members.map { member in
            state(
                member.value, name: member.key, namePosition: member.keyPosition,
                pointer: JSONPointer.appending(statesPointer, member.key), inherited: language, links: links)
        }
        return Scope(
            kind: kind, pointer: pointer, startAt: node.locatedString("StartAt"), states: states, node: links.link(node))
    }

    static func state(
        _ node: LocatedNode, name: String, namePosition: SourcePosition, pointer: String, inherited: QueryLanguage,
        links: DocumentLinks
    ) -> State {
        let fields = CommonFields(node)
        let type = fields.type?.stringValue.flatMap(StateType.init(rawValue:))
        let language = fields.queryLanguage?.stringValue.flatMap(QueryLanguage.init(rawValue:)) ?? inherited
        let detail = StateDetailBuilder(
            node: node, name: name, pointer: pointer, language: language, inherited: inherited, links: links)
            .detail(for: type)
        let next = fields.next.flatMap { n in n.stringValue.map { Located($0, at: n.position) } }
        return State(
            name: name, namePosition: namePosition, pointer: pointer, type: type, detail: detail,
            queryLanguage: language, next: next, isEnd: fields.end?.boolValue == true,
            retriers: retriers(fields.retry, links: links), catchers: catchers(fields.catchers, links: links),
            node: links.link(node))
    }

    /// The fields every state may have, found in one pass over its members instead of one
    /// search each. The reader keeps only the first of duplicate keys, so the first match is
    /// what `node[key]` would return.
    private struct CommonFields {
        var type: LocatedNode?
        var queryLanguage: LocatedNode?
        var next: LocatedNode?
        var end: LocatedNode?
        var retry: LocatedNode?
        var catchers: LocatedNode?

        init(_ node: LocatedNode) {
            guard let members = node.members else { return }
            // By length first: most keys then need one comparison, not a chain of six.
            for index in members.indices {
                let key = members.key(at: index)
                switch key.utf8.count {
                case 3: if key == "End", end == nil { end = members.value(at: index) }
                case 4:
                    if key == "Type" { if type == nil { type = members.value(at: index) } }
                    else if key == "Next", next == nil { next = members.value(at: index) }
                case 5:
                    if key == "Retry" { if retry == nil { retry = members.value(at: index) } }
                    else if key == "Catch", catchers == nil { catchers = members.value(at: index) }
                case 13: if key == "QueryLanguage", queryLanguage == nil { queryLanguage = members.value(at: index) }
                default: break
                }
            }
        }
    }

    static func retriers(_ node: LocatedNode?, links: DocumentLinks) -> [Retrier] {
        (node?.arrayValue ?? []).enumerated().compactMap { index, item in
            guard let members = item.members else { return nil }
            let fields = RetrierFields(members)
            return Retrier(
                errorEquals: fields.errorEquals?.locatedStringItems() ?? [],
                intervalSeconds: fields.intervalSeconds?.numberValue?.intValue ?? Retrier.defaultIntervalSeconds,
                maxAttempts: fields.maxAttempts?.numberValue?.intValue ?? Retrier.defaultMaxAttempts,
                backoffRate: fields.backoffRate?.numberValue?.doubleValue ?? Retrier.defaultBackoffRate,
                maxDelaySeconds: fields.maxDelaySeconds?.numberValue?.intValue,
                jitter: fields.jitterStrategy?.stringValue.flatMap(Retrier.Jitter.init(rawValue:)) ?? .none,
                index: index, node: links.link(item))
        }
    }

    static func catchers(_ node: LocatedNode?, links: DocumentLinks) -> [Catcher] {
        (node?.arrayValue ?? []).enumerated().compactMap { index, item in
            guard item.members != nil else { return nil }
            return Catcher(
                errorEquals: item.locatedStrings("ErrorEquals"), next: item.locatedString("Next"), index: index,
                node: links.link(item))
        }
    }

    /// A Retrier's fields in one pass over its members, by length first, as `CommonFields`: six
    /// searches per Retrier of every state cost more than building the rest of it.
    private struct RetrierFields {
        var errorEquals: LocatedNode?
        var intervalSeconds: LocatedNode?
        var maxAttempts: LocatedNode?
        var backoffRate: LocatedNode?
        var maxDelaySeconds: LocatedNode?
        var jitterStrategy: LocatedNode?

        init(_ members: LocatedNode.Members) {
            for index in members.indices {
                let key = members.key(at: index)
                switch key.utf8.count {
                case 11:
                    if key == "ErrorEquals" { if errorEquals == nil { errorEquals = members.value(at: index) } }
                    else if key == "MaxAttempts" { if maxAttempts == nil { maxAttempts = members.value(at: index) } }
                    else if key == "BackoffRate", backoffRate == nil { backoffRate = members.value(at: index) }
                case 14: if key == "JitterStrategy", jitterStrategy == nil { jitterStrategy = members.value(at: index) }
                case 15:
                    if key == "IntervalSeconds" { if intervalSeconds == nil { intervalSeconds = members.value(at: index) } }
                    else if key == "MaxDelaySeconds", maxDelaySeconds == nil { maxDelaySeconds = members.value(at: index) }
                default: break
                }
            }
        }
    }
}
