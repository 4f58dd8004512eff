import ASLExpressions
import ASLLoad
import ASLModel
import ASLSource

/// Field names, types, ranges, exclusivity and query-language fit for every object of the
/// language: states, the machine, branches, processors, retriers, catchers and Map settings.
struct FieldSchemaCheck: Check {
    static let isCostly = true
    static let rules = FieldRules.all

    func run(_ context: ValidationContext) -> [Diagnostic] {
        var walker = FieldWalker(context: context)
        walker.checkObject(context.machine.node, specs: StateSchemas.machine, pointer: "", language: context.machine.queryLanguage, owner: "the state machine", state: nil)
        for scope in context.machine.allScopes where scope.kind != .root {
            let specs = if case .mapProcessor = scope.kind { StateSchemas.processor } else { StateSchemas.branch }
            walker.checkObject(scope.node, specs: specs, pointer: scope.pointer, language: context.machine.queryLanguage, owner: "the \(scope.displayName)", state: nil)
            if let config = scope.node["ProcessorConfig"] {
                walker.checkObject(config, specs: StateSchemas.processorConfig, pointer: JSONPointer.appending(scope.pointer, "ProcessorConfig"), language: .jsonPath, owner: "ProcessorConfig", state: nil)
            }
        }
        for scope in context.machine.allScopes {
            // Each state lent, not copied (a copy counted a reference).
            let states = scope.states
            for index in states.indices { walker.checkState(states[index]) }
        }
        return walker.found
    }
}

/// Accumulates findings while walking; one walker per validation run.
struct FieldWalker {
    let context: ValidationContext
    var found: [Diagnostic] = []

    init(context: ValidationContext) { self.context = context }

    mutating func checkState(_ state: State) {
        guard let type = state.type else { return }
        // The state's node and members are lent to each step: each view made and dropped per
        // field cost an atomic count (see `LocatedNode.withMembers`).
        state.withNode { node in
            node.withMembers { members in
                guard let members else { return }
                checkState(state, type: type, node: node, members: members)
            }
        }
    }

    private mutating func checkState(_ state: State, type: StateType, node: LocatedNode, members: LocatedNode.Members) {
        let language = state.queryLanguage
        let typeArticle = article(type)
        let fields = checkMembers(members, of: node, specs: StateSchemas.fields(for: type), pointer: state.pointer, language: language, owner: "\(typeArticle) \(type.rawValue) state", isState: true, state: state.name)
        checkExclusive(state, type: type, members: members, counts: fields.exclusiveCounts)
        checkNextEnd(state, type: type, members: members, next: fields.next, end: fields.end)
        if let offset = fields.queryLanguage { checkLanguage(state, members: members, at: offset) }
        if let offset = fields.retry {
            checkEntries(members, at: offset, field: "Retry", specs: StateSchemas.retrier, owner: "a Retrier", state: state, language: language)
        }
        if let offset = fields.catchers {
            checkEntries(members, at: offset, field: "Catch", specs: StateSchemas.catcher, owner: "a Catcher", state: state, language: language)
        }
        if type == .map { checkMapSettings(state) }
        if let offset = fields.credentials {
            members.withValue(at: offset) { credentials in
                guard credentials.isObject else { return }
                checkObject(credentials, specs: StateSchemas.credentials(language), pointer: state.pointer + "/Credentials", language: language, owner: "Credentials", state: state.name)
                if language == .jsonPath, credentials["RoleArn"] == nil, credentials["RoleArn.$"] == nil {
                    report(FieldRules.required, "Credentials need a `RoleArn` (or `RoleArn.$`).", at: credentials.position, pointer: state.pointer + "/Credentials", state: state.name)
                }
            }
        }
        if type == .parallel, let offset = fields.branches {
            members.withValue(at: offset) { node in
                node.withElements { branches in
                    guard let branches else { return }
                    for index in branches.indices {
                        branches.withElement(at: index) { branch in
                            if branch.isObject { return }
                            report(FieldRules.type, "Branch \(index) of \"\(state.name)\" must be an object, found \(branch.kindName).", at: branch.position, pointer: state.pointer + "/Branches/\(index)", state: state.name)
                        }
                    }
                }
            }
        }
    }

    /// Each object of the state's `Retry` or `Catch` array (`field`) against `specs`.
    private mutating func checkEntries(
        _ members: LocatedNode.Members, at offset: Int, field: String, specs: FieldSpecList, owner: String, state: State,
        language: QueryLanguage
    ) {
        let stateName = state.name
        members.withValue(at: offset) { list in
            list.withElements { items in
                guard let items else { return }
                for index in items.indices {
                    items.withElement(at: index) { item in
                        checkObject(item, specs: specs, pointer: state.pointer + "/\(field)/\(index)", language: language, owner: owner, state: stateName)
                    }
                }
            }
        }
    }

    private mutating func checkMapSettings(_ state: State) {
        let language = state.queryLanguage
        if let reader = state.node["ItemReader"] {
            checkObject(reader, specs: StateSchemas.itemReader, pointer: state.pointer + "/ItemReader", language: language, owner: "ItemReader", state: state.name)
            if let config = reader["ReaderConfig"] {
                checkObject(config, specs: StateSchemas.readerConfig, pointer: state.pointer + "/ItemReader/ReaderConfig", language: language, owner: "ReaderConfig", state: state.name)
            }
        }
        if let batcher = state.node["ItemBatcher"] {
            checkObject(batcher, specs: StateSchemas.itemBatcher, pointer: state.pointer + "/ItemBatcher", language: language, owner: "ItemBatcher", state: state.name)
        }
        if let writer = state.node["ResultWriter"] {
            checkObject(writer, specs: StateSchemas.resultWriter, pointer: state.pointer + "/ResultWriter", language: language, owner: "ResultWriter", state: state.name)
        }
    }

    /// `pointer` and `owner` are only evaluated for a finding: building them for every object of
    /// a large machine cost more than the checks themselves.
    mutating func checkObject(
        _ node: LocatedNode, specs list: FieldSpecList, pointer makePointer: @autoclosure () -> String, language: QueryLanguage,
        owner makeOwner: @autoclosure () -> String, isState: Bool = false, state: String?
    ) {
        node.withMembers { members in
            guard let members else {
                let pointer = makePointer()
                if !isState, !pointer.isEmpty {
                    report(FieldRules.type, "\(capitalized(makeOwner())) must be an object, found \(node.kindName).", at: node.position, pointer: pointer, state: state)
                }
                return
            }
            checkMembers(members, of: node, specs: list, pointer: makePointer(), language: language, owner: makeOwner(), isState: isState, state: state)
        }
    }

    /// `checkObject` for an object whose members the caller holds. For a state (`isState`),
    /// returns what `checkState` reads of its members, found on the way.
    @discardableResult
    mutating func checkMembers(
        _ members: LocatedNode.Members, of node: LocatedNode, specs list: FieldSpecList, pointer makePointer: @autoclosure () -> String,
        language: QueryLanguage, owner makeOwner: @autoclosure () -> String, isState: Bool = false, state: String?
    ) -> StateFields {
        var pointer: String { makePointer() }
        var owner: String { makeOwner() }
        let specs = list.specs
        // The fields found, for the required ones: the members were searched already.
        var present = FieldSet()
        var fields = StateFields()
        // Whether some key may be an `XPath` whose `X` is a field too (rare: looked for below).
        var mayPairPaths = false
        // By index: copying each member (key, position, node) cost more than checking it.
        for memberIndex in members.indices {
            let key = members.key(at: memberIndex)
            var member: LocatedNode.Member { members[memberIndex] }
            var fieldPointer: String { JSONPointer.appending(pointer, key) }
            guard let specIndex = list.index(of: key) else {
                if isState {
                    fields.note(StateFields.Role(key: key), at: memberIndex)
                } else if Self.endsInPath(key) {
                    mayPairPaths = true
                }
                report(FieldRules.unknown, FieldRules.unknownMessage(member.key, owner: owner), at: member.keyPosition, pointer: fieldPointer, state: state)
                continue
            }
            present.insert(specIndex)
            if isState {
                fields.note(list.role(specIndex), at: memberIndex)
                fields.exclusiveCounts &+= list.groupIncrement(specIndex)
            } else if list.pairsWithBase(specIndex) {
                mayPairPaths = true
            }
            let traits = list.traits(specIndex)
            switch (traits.language, language) {
            case (.jsonPathOnly, .jsonata):
                report(FieldRules.queryLanguage, "`\(member.key)` is a JSONPath field and cannot be used in a JSONata state\(FieldRules.jsonataReplacement(member.key)).", at: member.keyPosition, pointer: fieldPointer, state: state)
                continue
            case (.jsonataOnly, .jsonPath):
                report(FieldRules.queryLanguage, "`\(member.key)` is a JSONata field; set `\"QueryLanguage\": \"JSONata\"` to use it\(FieldRules.jsonPathReplacement(member.key)).", at: member.keyPosition, pointer: fieldPointer, state: state)
                continue
            default: break
            }
            // Most values pass a test of their kind alone; the spec is copied for the others only.
            if traits.test == .none { continue }
            members.withValue(at: memberIndex) { value in
                if traits.passes(value) { return }
                checkValue(value, spec: specs[specIndex], pointer: { fieldPointer }, language: language, state: state)
            }
        }
        // `X` and `XPath` in one object that accepts both (states have their own groups).
        if !isState, mayPairPaths {
            for index in members.indices where Self.endsInPath(members.key(at: index)) {
                let member = members[index]
                let base = String(member.key.dropLast(4))
                if list.index(of: base) != nil, node[base] != nil {
                    report(FieldRules.exclusive, "\(capitalized(owner)): use only one of `\(base)` and `\(member.key)`.", at: member.keyPosition, pointer: JSONPointer.appending(pointer, member.key), state: state)
                }
            }
        }
        // By index: copying each spec (name and kind) cost more than the test.
        if list.missesRequired(found: present) {
            for specIndex in specs.indices where specs[specIndex].required && !list.isPresent(specIndex, found: present) {
                report(FieldRules.required, "\(capitalized(owner)) needs a `\(specs[specIndex].name)` field.", at: node.position, pointer: pointer, state: state)
            }
        }
        return fields
    }

    /// `key.hasSuffix("Path") && key.count > 4`, on UTF-8 bytes (no grapheme breaking).
    static func endsInPath(_ key: String) -> Bool {
        let bytes = key.utf8
        guard bytes.count > 4, bytes.last == UInt8(ascii: "h") else { return false }
        return bytes.suffix(4).elementsEqual("Path".utf8)
    }

    /// `pointer` is computed only when a finding needs it: building it for every field of a
    /// large machine cost more than the checks themselves.
    private mutating func checkValue(_ value: LocatedNode, spec: FieldSpec, pointer makePointer: () -> String, language: QueryLanguage, state: String?) {
        var pointer: String { makePointer() }
        let isExpression = language == .jsonata && (value.stringValue.map(JSONataChecker.isExpression) ?? false)
        // A template placeholder is never a finding. Asked only when something would be reported:
        // nearly every value is fine, and the question costs a string scan.
        func flag(_ rule: RuleDescription, _ message: String, at position: SourcePosition, pointer: String, state: String?) {
            if !FieldRules.isTemplatePlaceholder(value) { report(rule, message, at: position, pointer: pointer, state: state) }
        }
        func typeError(_ expected: String) {
            flag(FieldRules.type, "`\(spec.name)` must be \(expected), found \(value.kindName).", at: value.position, pointer: pointer, state: state)
        }
        switch spec.kind {
        case .any: return
        case .nullablePath: if value.stringValue == nil && !value.isNull { typeError("a path string or null") }
        case .payloadTemplate:
            if !value.isObject && !isExpression {
                flag(FieldRules.payloadNotObject, "`\(spec.name)` is \(value.kindName); the specification makes it a payload template (an object). AWS accepts it, but `Result`/`Output` says what you mean.", at: value.position, pointer: pointer, state: state)
            }
        case .retrierInteger(let range):
            if language == .jsonPath, value.stringValue?.hasPrefix("$") == true { return }
            checkValue(value, spec: FieldSpec(name: spec.name, kind: .integer(range)), pointer: makePointer, language: language, state: state)
        case .retrierNumber(let minimum):
            if language == .jsonPath, value.stringValue?.hasPrefix("$") == true { return }
            checkValue(value, spec: FieldSpec(name: spec.name, kind: .number(atLeast: minimum, atMost: .greatestFiniteMagnitude)), pointer: makePointer, language: language, state: state)
        case .string: if value.stringValue == nil { typeError("a string") }
        case .bool: if value.boolValue == nil { typeError("a boolean") }
        case .object: if !value.isObject { typeError("an object") }
        case .array: if !value.isArray { typeError("an array") }
        case .objectOrExpression: if !value.isObject && !isExpression { typeError(language == .jsonata ? "an object or a JSONata expression" : "an object") }
        case .arrayOrExpression: if !value.isArray && !isExpression { typeError("an array or a JSONata expression") }
        case .boolOrExpression: if value.boolValue == nil && !isExpression { typeError("a boolean or a JSONata expression") }
        case .oneOf(let allowed):
            if let s = value.stringValue {
                if !allowed.contains(s) {
                    flag(FieldRules.range, "`\(spec.name)` is \"\(s)\"; expected \(allowed.map { "\"\($0)\"" }.joined(separator: " or ")).", at: value.position, pointer: pointer, state: state)
                }
            } else { typeError("a string") }
        case .integer(let range):
            if isExpression { return }
            guard let number = value.numberValue, number.isInteger else {
                return typeError(language == .jsonata ? "an integer or a JSONata expression" : "an integer")
            }
            if let v = number.intValue, range.contains(v) { return }
            flag(FieldRules.range, "`\(spec.name)` is \(number.text); it must be between \(range.lowerBound) and \(range.upperBound).", at: value.position, pointer: pointer, state: state)
        case .number(let minimum, let maximum):
            if isExpression { return }
            guard let v = value.numberValue?.doubleValue else { return typeError("a number") }
            if v < minimum || v > maximum {
                let bound = maximum == .greatestFiniteMagnitude ? "at least \(FieldRules.format(minimum))" : "between \(FieldRules.format(minimum)) and \(FieldRules.format(maximum))"
                flag(FieldRules.range, "`\(spec.name)` is \(value.numberValue?.text ?? ""); it must be \(bound).", at: value.position, pointer: pointer, state: state)
            }
        }
    }

    /// `counts`: how many members each group lists (`StateFields.exclusiveCounts`); the list
    /// of present fields is only needed for a finding.
    private mutating func checkExclusive(_ state: State, type: StateType, members: LocatedNode.Members, counts: UInt64) {
        let groups = StateSchemas.exclusiveGroups(for: type)
        if groups.isEmpty { return }
        // By index: copying each group (its list of names) counted a reference.
        for index in groups.groups.indices {
            let count = (counts >> UInt64(8 * index)) & 0xFF
            if count == 1 || (count == 0 && !groups.groups[index].required) { continue }
            let group = groups.groups[index]
            let present = members.filter { group.fields.contains($0.key) }
            if present.count > 1 {
                report(FieldRules.exclusive, "\(state.name): use only one of \(present.map { "`\($0.key)`" }.joined(separator: " and ")).", at: present[1].keyPosition, pointer: JSONPointer.appending(state.pointer, present[1].key), state: state.name)
            } else if present.isEmpty, group.required {
                let allowed = group.fields.filter { f in StateSchemas.fields(for: type).specs.first { $0.name == f }.map { FieldRules.allowed($0, in: state.queryLanguage) } ?? false }
                report(FieldRules.required, "\(capitalized(article(type))) \(type.rawValue) state needs one of \(allowed.map { "`\($0)`" }.joined(separator: ", ")).", at: state.namePosition, pointer: state.pointer, state: state.name)
            }
        }
    }

    /// `next` and `end`: the offsets of the state's `Next` and `End` members.
    private mutating func checkNextEnd(_ state: State, type: StateType, members: LocatedNode.Members, next: Int?, end: Int?) {
        switch type {
        case .choice, .succeed, .fail:
            for offset in [next, end] {
                guard let offset else { continue }
                let key = members.key(at: offset)
                report(FieldRules.nextEnd, "\(capitalized(article(type))) \(type.rawValue) state cannot have `\(key)`\(type == .choice ? "; its rules and `Default` choose the next state" : "; it always ends its scope").", at: members.keyPosition(at: offset), pointer: JSONPointer.appending(state.pointer, key), state: state.name)
            }
        default:
            let ends = end.map { members.withValue(at: $0) { $0.boolValue } } == true
            if next != nil, let end, ends {
                report(FieldRules.nextEnd, "State \"\(state.name)\" has both `Next` and `\"End\": true`; use one.", at: members.keyPosition(at: end), pointer: JSONPointer.appending(state.pointer, "End"), state: state.name)
            } else if next == nil, !ends {
                let message = end == nil ? "State \"\(state.name)\" has neither `Next` nor `\"End\": true`." : "State \"\(state.name)\" has `\"End\": false` and no `Next`."
                report(FieldRules.nextEnd, message, at: state.namePosition, pointer: state.pointer, state: state.name)
            }
        }
    }

    /// `offset`: the state's `QueryLanguage` member.
    private mutating func checkLanguage(_ state: State, members: LocatedNode.Members, at offset: Int) {
        guard context.machine.queryLanguage == .jsonata else { return }
        members.withValue(at: offset) { value in
            guard value.stringValue == "JSONPath" else { return }
            report(FieldRules.queryLanguage, "State \"\(state.name)\" cannot use JSONPath when the whole machine is JSONata.", at: value.position, pointer: JSONPointer.appending(state.pointer, "QueryLanguage"), state: state.name)
        }
    }

    mutating func report(_ rule: RuleDescription, _ message: String, at position: SourcePosition, pointer: String, state: String?) {
        found.append(context.diagnostic(rule, message, at: position, pointer: pointer, state: state))
    }

    private func article(_ type: StateType) -> String {
        switch type {
        case .task, .pass, .choice, .wait, .succeed, .fail, .parallel, .map: "a"
        }
    }

    private func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}

