import ASLExpressions
import ASLLoad
import ASLModel
import ASLSource

/// JSONPath states: each path field with its kind, payload templates, Choice rules, Catchers.
extension ExpressionScan {
    /// Fields whose value is a Reference Path (spec: "…Path" fields that select one node).
    static let referencePathFields: Set<String> = [
        "ItemsPath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "SecondsPath", "TimestampPath",
        "MaxConcurrencyPath", "ToleratedFailurePercentagePath", "ToleratedFailureCountPath",
    ]

    /// The keys the switch below handles, as (first byte, length) shapes: most keys of a state
    /// (`Type`, `Resource`, `Retry`, `Next`, `TimeoutSeconds`) have a shape none of them has, and
    /// skip a chain of up to sixteen string comparisons.
    static let handledKeys = KeyShapes(
        ["InputPath", "OutputPath", "ResultPath", "ErrorPath", "CausePath", "Parameters", "ItemSelector", "ResultSelector",
         "Credentials", "Assign", "ItemReader", "ItemBatcher", "ResultWriter", "Choices", "Catch"] + referencePathFields)

    mutating func scanJSONPath(_ site: StateSite) {
        // By index, each value lent rather than copied: most keys are not handled here, and a
        // member made for each counted a reference to the arena.
        let handledKeys = Self.handledKeys
        site.state.node.withMembers { members in
            guard let members else { return }
            for index in members.indices {
                let key = members.key(at: index)
                guard handledKeys.admits(key) else { continue }
                members.withValue(at: index) { value in scanJSONPathField(key, value, site: site) }
            }
        }
    }

    private mutating func scanJSONPathField(_ key: String, _ value: LocatedNode, site: StateSite) {
        var pointer: String { JSONPointer.appending(site.state.pointer, key) }
        // Cases are tried in order, a string comparison each: `Catch`, the handled key Tasks have
        // most often, first.
        switch key {
        case "Catch":
            value.withElements { catchers in
                guard let catchers else { return }
                for index in catchers.indices {
                    catchers.withElement(at: index) { catcher in scanCatcher(catcher, index: index, pointer: pointer, site: site) }
                }
            }
        case "InputPath", "OutputPath": checkPath(value, as: .path, pointer: pointer, site: site)
        case "ResultPath": checkPath(value, as: .resultPath, pointer: pointer, site: site)
        case "ErrorPath", "CausePath": checkStringPath(value, pointer: pointer, site: site)
        case let key where Self.endsInPath(key) && Self.referencePathFields.contains(key):
            checkPath(value, as: .referencePath, pointer: pointer, site: site)
        case "Parameters":
            checkPayload(value, pointer: pointer, site: site, mapContext: site.insideMap || site.state.type == .map)
        case "ItemSelector": checkPayload(value, pointer: pointer, site: site, mapContext: true)
        case "ResultSelector", "Credentials": checkPayload(value, pointer: pointer, site: site, mapContext: site.insideMap)
        case "Assign":
            sink.facts.states[site.scope][site.index].assign = assignments(value, pointer: pointer)
            checkPayload(value, pointer: pointer, site: site, mapContext: site.insideMap)
        case "ItemReader", "ItemBatcher", "ResultWriter": scanMapSettings(value, pointer: pointer, site: site)
        case "Choices":
            for (index, rule) in (value.arrayValue ?? []).enumerated() {
                scanChoiceRule(rule, index: index, pointer: JSONPointer.appending(pointer, index), site: site)
            }
        default: break
        }
    }

    /// `pointer`: the state's `Catch` array.
    private mutating func scanCatcher(_ catcher: LocatedNode, index: Int, pointer makePointer: @autoclosure () -> String, site: StateSite) {
        // Built only for a field that is there: most catchers have neither.
        var base: String { JSONPointer.appending(makePointer(), index) }
        // Both fields found in one pass over the keys (a look-up by name each searched twice),
        // compared byte for byte as a look-up by name compares them; the first of each is kept.
        var resultPath: Int?
        var assign: Int?
        catcher.withMembers { members in
            guard let members else { return }
            for offset in members.indices {
                let key = members.key(at: offset)
                switch key.utf8.count {
                case 10: if resultPath == nil, key.utf8.elementsEqual("ResultPath".utf8) { resultPath = offset }
                case 6: if assign == nil, key.utf8.elementsEqual("Assign".utf8) { assign = offset }
                default: break
                }
            }
            if let resultPath {
                members.withValue(at: resultPath) { checkPath($0, as: .resultPath, pointer: base + "/ResultPath", site: site) }
            }
            if let assign {
                let node = members.value(at: assign)
                sink.facts.states[site.scope][site.index].catcherAssigns[index] = assignments(node, pointer: base + "/Assign")
                checkPayload(node, pointer: base + "/Assign", site: site, mapContext: site.insideMap)
            }
        }
    }

    /// `ItemReader`, `ItemBatcher` and `ResultWriter`: their `…Path` fields and payload templates.
    private mutating func scanMapSettings(_ node: LocatedNode, pointer: String, site: StateSite) {
        for member in node.members ?? [] {
            let childPointer = JSONPointer.appending(pointer, member.key)
            switch member.key {
            case "Parameters", "BatchInput": checkPayload(member.value, pointer: childPointer, site: site, mapContext: site.insideMap)
            case "MaxItemsPerBatchPath", "MaxInputBytesPerBatchPath":
                checkPath(member.value, as: .referencePath, pointer: childPointer, site: site)
            case "ReaderConfig":
                if let maxItems = member.value["MaxItemsPath"] {
                    checkPath(maxItems, as: .referencePath, pointer: childPointer + "/MaxItemsPath", site: site)
                }
            default: break
            }
        }
    }

    /// A Choice rule and its nested `And`/`Or`/`Not` rules: `Variable` and `…Path` operands
    /// are Reference Paths. Iterative, so deep nesting cannot overflow the stack.
    private mutating func scanChoiceRule(_ rule: LocatedNode, index: Int, pointer makePointer: @autoclosure () -> String, site: StateSite) {
        if let assign = rule["Assign"] {
            let pointer = makePointer()
            sink.facts.states[site.scope][site.index].ruleAssigns[index] = assignments(assign, pointer: pointer + "/Assign")
            checkPayload(assign, pointer: pointer + "/Assign", site: site, mapContext: site.insideMap)
        }
        // Nodes are kept with their place on the trail; a pointer is spelled out only for a finding.
        var trail = PointerTrail()
        var stack: [(LocatedNode, Int)] = [(rule, PointerTrail.start)]
        while let (node, step) = stack.popLast() {
            // By index, values lent: a member made for each key counted references.
            node.withMembers { members in
                guard let members else { return }
                for index in members.indices {
                    let key = members.key(at: index)
                    var childPointer: String { JSONPointer.appending(trail.pointer(step, from: makePointer()), key) }
                    // By length first (`Or` 2, `And`/`Not` 3, `Variable` 8): a string switch
                    // compared every operator key (`StringEquals`, `Next`) with each case.
                    switch ChoiceRuleKey(key) {
                    case .andOr:
                        let keyStep = trail.step(from: step, .key(key))
                        members.withValue(at: index) { value in
                            value.withElements { children in
                                guard let children else { return }
                                for i in children.indices { stack.append((children[i], trail.step(from: keyStep, .index(i)))) }
                            }
                        }
                    case .not: stack.append((members.value(at: index), trail.step(from: step, .key(key))))
                    case .operand:
                        members.withValue(at: index) { checkPath($0, as: .referencePath, pointer: childPointer, site: site) }
                    case .other: break
                    }
                }
            }
        }
    }
}
