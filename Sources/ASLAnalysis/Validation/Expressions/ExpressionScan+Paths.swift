import ASLExpressions
import ASLLoad
import ASLModel
import ASLSource

/// Checks of single JSONPath-state values: paths, string-valued paths, payload templates.
extension ExpressionScan {
    /// A path field. `null` (allowed for InputPath/OutputPath/ResultPath) and non-strings
    /// (reported by the field schema) are skipped.
    /// `pointer` is built only when there is something to report or record.
    mutating func checkPath(_ node: LocatedNode, as kind: JSONPathKind, pointer makePointer: @autoclosure () -> String, site: StateSite) {
        guard let text = node.stringValue, !Self.isPlaceholder(text) else { return }
        let check = memo.path(text, as: kind)
        let mapProblem = check.usesMapContext && !site.insideMap
        guard !check.findings.isEmpty || (kind != .resultPath && !check.variableReads.isEmpty) || mapProblem else { return }
        let pointer = makePointer()
        sink.report(check.findings, in: node, pointer: pointer, state: site.state.name)
        // ResultPath writes into the input; a `$name` there is reported, not read.
        if kind != .resultPath {
            sink.read(check.variableReads, in: node, pointer: pointer, scope: site.scope, state: site.index)
        }
        if mapProblem { reportMapContext(node, pointer: pointer, site: site, jsonata: false) }
    }

    /// `ErrorPath`/`CausePath`: a Reference Path, or an intrinsic call that returns a string.
    mutating func checkStringPath(_ node: LocatedNode, pointer: String, site: StateSite) {
        guard let text = node.stringValue, !Self.isPlaceholder(text) else { return }
        guard PayloadTemplateValue.classify(text) == .intrinsic else {
            return checkPath(node, as: .referencePath, pointer: pointer, site: site)
        }
        let check = memo.intrinsic(text)
        sink.report(check.findings, in: node, pointer: pointer, state: site.state.name)
        sink.read(check.variableReads, in: node, pointer: pointer, scope: site.scope, state: site.index)
        if let call = check.call, !check.allowedInStringField {
            sink.report(
                ExpressionRules.intrinsicNotString,
                "\(call.name) does not return a string; a string field accepts only States.Format, JsonToString, ArrayGetItem, Base64Encode, Base64Decode, Hash and UUID.",
                at: node.position(atOffset: call.offset), pointer: pointer, state: site.state.name)
        }
        if check.usesMapContext, !site.insideMap { reportMapContext(node, pointer: pointer, site: site, jsonata: false) }
    }

    /// A payload template, recursively (iterative): every `key.$` holds a path or intrinsic
    /// string, and no two keys are equal once `.$` is stripped.
    /// - Complexity: O(size of the template) plus the checks of its `.$` values.
    mutating func checkPayload(_ root: LocatedNode, pointer: String, site: StateSite, mapContext: Bool) {
        var stack: [(LocatedNode, String)] = [(root, pointer)]
        while let (node, nodePointer) = stack.popLast() {
            if let items = node.arrayValue {
                for (i, item) in items.enumerated() where item.members != nil || item.arrayValue != nil {
                    stack.append((item, JSONPointer.appending(nodePointer, i)))
                }
                continue
            }
            guard let members = node.members else { continue }
            if members.contains(where: { Self.endsInDollar($0.key) }) { reportCollisions(members, pointer: nodePointer, site: site) }
            for member in members {
                let childPointer = JSONPointer.appending(nodePointer, member.key)
                if Self.endsInDollar(member.key) {
                    checkPayloadValue(member.value, pointer: childPointer, site: site, mapContext: mapContext)
                } else if member.value.members != nil || member.value.arrayValue != nil {
                    stack.append((member.value, childPointer))
                }
            }
        }
    }

    private mutating func checkPayloadValue(_ node: LocatedNode, pointer: String, site: StateSite, mapContext: Bool) {
        guard let text = node.stringValue else {
            if !FieldRules.isTemplatePlaceholder(node) {
                sink.report(
                    ExpressionRules.description(.payloadTemplateValueInvalid),
                    "A field whose name ends in `.$` must hold a path or intrinsic string, found \(node.kindName).",
                    at: node.position, pointer: pointer, state: site.state.name)
            }
            return
        }
        guard !Self.isPlaceholder(text) else { return }
        let check = memo.payloadValue(text)
        sink.report(check.findings, in: node, pointer: pointer, state: site.state.name)
        sink.read(check.variableReads, in: node, pointer: pointer, scope: site.scope, state: site.index)
        if check.usesMapContext, !mapContext { reportMapContext(node, pointer: pointer, site: site, jsonata: false) }
    }

    private mutating func reportCollisions(_ members: LocatedNode.Members, pointer: String, site: StateSite) {
        var seen: [String: String] = [:]
        for member in members {
            let name = Self.strippedKey(member.key)
            if let first = seen[name] {
                sink.report(
                    ExpressionRules.duplicateKey,
                    "`\(member.key)` and `\(first)` both produce the field \"\(name)\".",
                    at: member.keyPosition, pointer: JSONPointer.appending(pointer, member.key), state: site.state.name)
            } else {
                seen[name] = member.key
            }
        }
    }
}
