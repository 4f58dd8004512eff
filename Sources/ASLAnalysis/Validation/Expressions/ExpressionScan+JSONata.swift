import ASLExpressions
import ASLLoad
import ASLModel
import ASLSource

/// JSONata states: every `{% … %}` string in the state's fields, with the context rules for
/// `$states.result` and `$states.errorOutput`, and Choice rule `Condition`s.
extension ExpressionScan {
    /// Fields that never hold expressions, hold nested scopes, or are JSONPath-only (the field
    /// schema reports those in a JSONata state).
    static let jsonataSkipped: Set<String> = [
        "Type", "Comment", "Next", "End", "QueryLanguage", "Default", "Branches", "ItemProcessor", "Iterator", "Retry",
        "InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath",
    ]

    mutating func scanJSONata(_ site: StateSite) {
        let state = site.state
        let producesResult = state.type == .task || state.type == .map || state.type == .parallel
        // Once per state: `StateFields.pointer` spells the pointer out on each call.
        let statePointer = state.pointer
        for member in state.node.members ?? [] where !Self.endsInPath(member.key) && !Self.jsonataSkipped.contains(member.key) {
            var pointer: String { JSONPointer.appending(statePointer, member.key) }
            switch member.key {
            case "Output", "Assign":
                if member.key == "Assign" {
                    sink.facts.states[site.scope][site.index].assign = assignments(member.value, pointer: pointer)
                }
                walkJSONata(member.value, parent: statePointer, step: .key(member.key), site: site, context: context(result: producesResult), mapContext: site.insideMap)
            case "ItemSelector":
                walkJSONata(member.value, parent: statePointer, step: .key(member.key), site: site, context: context(), mapContext: true)
            case "Choices":
                let pointer = pointer
                for (index, rule) in (member.value.arrayValue ?? []).enumerated() {
                    scanJSONataRule(rule, index: index, pointer: JSONPointer.appending(pointer, index), site: site)
                }
            case "Catch":
                let pointer = pointer
                for (index, catcher) in (member.value.arrayValue ?? []).enumerated() {
                    let base = JSONPointer.appending(pointer, index)
                    if let assign = catcher["Assign"] {
                        sink.facts.states[site.scope][site.index].catcherAssigns[index] = assignments(assign, pointer: base + "/Assign")
                        walkJSONata(assign, parent: base + "/Assign", site: site, context: context(errorOutput: true), mapContext: site.insideMap)
                    }
                    if let output = catcher["Output"] {
                        walkJSONata(output, parent: base + "/Output", site: site, context: context(errorOutput: true), mapContext: site.insideMap)
                    }
                }
            default:
                walkJSONata(member.value, parent: statePointer, step: .key(member.key), site: site, context: context(), mapContext: site.insideMap)
            }
        }
    }

    private func context(result: Bool = false, errorOutput: Bool = false) -> JSONataContext {
        JSONataContext(allowsStatesResult: result, allowsErrorOutput: errorOutput, knownVariables: knownVariables)
    }

    private mutating func scanJSONataRule(_ rule: LocatedNode, index: Int, pointer: String, site: StateSite) {
        if let condition = rule["Condition"] {
            let conditionPointer = pointer + "/Condition"
            if let text = condition.stringValue, Self.looksLikeJSONata(text) || Self.isPlaceholder(text) {
                walkJSONata(condition, parent: conditionPointer, site: site, context: context(), mapContext: site.insideMap)
            } else if condition.boolValue == nil {
                sink.report(
                    ExpressionRules.conditionInvalid,
                    "A Choice rule's `Condition` must be `true`, `false` or a `{% … %}` expression, found \(condition.kindName).",
                    at: condition.position, pointer: conditionPointer, state: site.state.name)
            }
        }
        if let assign = rule["Assign"] {
            sink.facts.states[site.scope][site.index].ruleAssigns[index] = assignments(assign, pointer: pointer + "/Assign")
            walkJSONata(assign, parent: pointer + "/Assign", site: site, context: context(), mapContext: site.insideMap)
        }
        if let output = rule["Output"] {
            walkJSONata(output, parent: pointer + "/Output", site: site, context: context(), mapContext: site.insideMap)
        }
    }

    /// Meant as an expression: starts with `{%` or ends with `%}` once trimmed, so that a
    /// missing delimiter is reported rather than silently taken as a literal.
    /// Works on UTF-8 bytes and trims ASCII whitespace only: it runs on every string of a
    /// JSONata state.
    static func looksLikeJSONata(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable(looksLikeJSONata) { return answer }
        return looksLikeJSONata(text.utf8)
    }

    private static func looksLikeJSONata<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Bool {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return false }
        let second = bytes.index(after: first)
        if bytes[first] == UInt8(ascii: "{"), second <= last, bytes[second] == UInt8(ascii: "%") { return true }
        guard last > first else { return false }
        return bytes[last] == UInt8(ascii: "}") && bytes[bytes.index(before: last)] == UInt8(ascii: "%")
    }

    /// The last step of a JSON Pointer, kept apart until the pointer is needed.
    enum PointerStep {
        case none
        case key(String)
        case index(Int)

        func pointer(from parent: String) -> String {
            switch self {
            case .none: parent
            case .key(let key): JSONPointer.appending(parent, key)
            case .index(let index): JSONPointer.appending(parent, index)
            }
        }
    }

    /// Checks every expression string in `root`, through objects and arrays (iterative).
    /// The pointer of `root` is `step` applied to `parent`; pointers of strings are built only
    /// when there is something to report or record (most strings have neither).
    mutating func walkJSONata(
        _ root: LocatedNode, parent: String, step: PointerStep = .none, site: StateSite, context: JSONataContext, mapContext: Bool
    ) {
        var stack: [(LocatedNode, String, PointerStep)] = [(root, parent, step)]
        while let (node, parent, step) = stack.popLast() {
            switch node.value {
            case .string(let text):
                guard Self.looksLikeJSONata(text), !Self.isPlaceholder(text) else { continue }
                let check = memo.jsonata(text, context: context)
                let mapProblem = check.usesMapContext && !mapContext
                guard !check.findings.isEmpty || !check.variableReads.isEmpty || mapProblem else { continue }
                let nodePointer = step.pointer(from: parent)
                sink.report(check.findings, in: node, pointer: nodePointer, state: site.state.name)
                sink.read(check.variableReads, in: node, pointer: nodePointer, scope: site.scope, state: site.index)
                if mapProblem { reportMapContext(node, pointer: nodePointer, site: site, jsonata: true) }
            case .array(let items):
                let nodePointer = step.pointer(from: parent)
                for (i, item) in items.enumerated().reversed() { stack.append((item, nodePointer, .index(i))) }
            case .object(let members):
                let nodePointer = step.pointer(from: parent)
                for member in members.reversed() { stack.append((member.value, nodePointer, .key(member.key))) }
            default: break
            }
        }
    }
}
