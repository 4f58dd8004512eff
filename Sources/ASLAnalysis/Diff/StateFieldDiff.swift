import ASLLoad
import ASLModel

/// The field changes of one state present in both versions. Choice rules are compared as
/// rules: a changed condition is one change with both conditions as text
/// (`$.total > 100 → $.total > 500`), not a change of each operand field.
enum StateFieldDiff {
    /// Rule members that are not part of the condition.
    private static let ruleOwnKeys: Set<String> = ["Next", "Assign", "Output", "Comment"]

    static func changes(base: State, head: State, mapTarget: (String) -> String) -> [FieldChange] {
        let baseNode = StateContent.comparable(base.node, mapTarget: mapTarget)
        let headNode = StateContent.comparable(head.node, mapTarget: { $0 })
        // Most states of a large machine are unchanged: one text comparison settles them.
        if NodeEquality.equal(baseNode, headNode) { return [] }
        guard let baseChoice = base.choice, let headChoice = head.choice else {
            return NodeDiff.changes(base: baseNode, head: headNode)
        }
        var changes = NodeDiff.changes(base: without("Choices", baseNode), head: without("Choices", headNode))
        let baseRules = baseNode["Choices"]?.arrayValue ?? [], headRules = headNode["Choices"]?.arrayValue ?? []
        for (i, j) in NodeDiff.align(baseRules, headRules) {
            switch (i, j) {
            case (let i?, let j?):
                let inner = NodeDiff.changes(base: baseRules[i], head: headRules[j], path: "Choices[\(j)]")
                if inner.contains(where: { !isOwnKey($0.field, rule: j) }) {
                    changes.append(
                        FieldChange(
                            field: "Choices[\(j)] condition", kind: .changed, before: condition(baseChoice, i),
                            after: condition(headChoice, j), line: headRules[j].position.line))
                }
                changes += inner.filter { isOwnKey($0.field, rule: j) }
            case (let i?, nil):
                changes.append(
                    FieldChange(field: "Choices[\(i)]", kind: .removed, before: ruleText(baseChoice, i), after: nil, line: baseRules[i].position.line))
            case (nil, let j?):
                changes.append(
                    FieldChange(field: "Choices[\(j)]", kind: .added, before: nil, after: ruleText(headChoice, j), line: headRules[j].position.line))
            case (nil, nil):
                break
            }
        }
        return changes
    }

    private static func isOwnKey(_ field: String, rule: Int) -> Bool {
        let prefix = "Choices[\(rule)]."
        guard field.hasPrefix(prefix) else { return false }
        let key = field.dropFirst(prefix.count).prefix { $0 != "." && $0 != "[" }
        return ruleOwnKeys.contains(String(key))
    }

    private static func condition(_ choice: ChoiceState, _ index: Int) -> String? {
        index < choice.rules.count ? ChoiceConditionText.text(choice.rules[index].condition) : nil
    }

    private static func ruleText(_ choice: ChoiceState, _ index: Int) -> String? {
        guard index < choice.rules.count else { return nil }
        let rule = choice.rules[index]
        return ChoiceConditionText.text(rule.condition) + " → " + (rule.next?.value ?? "?")
    }

    private static func without(_ key: String, _ node: LocatedNode) -> LocatedNode {
        guard case .object(let members) = node.value else { return node }
        var copy = node
        copy.value = .object(LocatedNode.Members(members.filter { $0.key != key }))
        return copy
    }
}
