import ASLLoad
import ASLModel
import ASLSource

/// Checks one Choice rule tree with an explicit work list (rules nest through `And`, `Or`
/// and `Not` as deep as the input does).
struct ChoiceRuleWalker {
    let context: ValidationContext
    let state: State
    var found: [Diagnostic] = []

    private static let operandKind: [String: String] = {
        var kinds: [String: String] = [:]
        for op in ["StringEquals", "StringLessThan", "StringGreaterThan", "StringLessThanEquals", "StringGreaterThanEquals", "StringMatches",
            "TimestampEquals", "TimestampLessThan", "TimestampGreaterThan", "TimestampLessThanEquals", "TimestampGreaterThanEquals"] { kinds[op] = "string" }
        for op in ["NumericEquals", "NumericLessThan", "NumericGreaterThan", "NumericLessThanEquals", "NumericGreaterThanEquals"] { kinds[op] = "number" }
        for op in ["BooleanEquals", "IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"] { kinds[op] = "boolean" }
        for (op, _) in kinds where !op.hasPrefix("Is") && op != "StringMatches" { kinds[op + "Path"] = "path" }
        return kinds
    }()

    /// The shapes of the operators' names: most keys of a rule (`Variable`, `Next`, `And`)
    /// have none of them and skip hashing for the look-up.
    private static let operandShapes = KeyShapes(Array(operandKind.keys))

    init(context: ValidationContext, state: State) {
        self.context = context
        self.state = state
    }

    /// `rootPointer` is evaluated only for a finding.
    mutating func check(_ root: LocatedNode, pointer makeRootPointer: @autoclosure () -> String, topLevel: Bool) {
        // Pointers of nested rules are kept as links to their parent's entry and spelled out
        // only for a finding: nearly every rule is fine, and each string cost an allocation.
        var pointers = PointerTable()
        var work: [(LocatedNode, Int, Bool)] = [(root, 0, topLevel)]
        while let (rule, pointerID, isTop) = work.popLast() {
            var pointer: String { pointers.pointer(pointerID, root: makeRootPointer()) }
            guard let members = rule.members else {
                report(ChoiceCheck.ruleOperator, "A Choice rule must be an object, found \(rule.kindName).", rule.position, pointer)
                continue
            }
            if isTop, rule["Next"] == nil {
                report(ChoiceCheck.ruleNext, "Choice rule of \"\(state.name)\" has no `Next`.", rule.position, pointer)
            } else if !isTop, let next = rule.member("Next") {
                report(ChoiceCheck.ruleNext, "A rule nested in `And`, `Or` or `Not` cannot have `Next`.", next.keyPosition, pointer + "/Next")
            }
            if state.queryLanguage == .jsonata {
                if rule["Condition"] == nil {
                    report(ChoiceCheck.ruleOperator, "A JSONata Choice rule needs a `Condition`.", rule.position, pointer)
                }
                for member in members where !Self.isJSONataRuleField(member.key) {
                    report(FieldRules.queryLanguage, "`\(member.key)` is not a field of a JSONata Choice rule; write the test as a `Condition` expression.", member.keyPosition, pointer + "/" + member.key)
                }
                continue
            }
            // One pass, by index: which members combine, which compare, which are unknown.
            var combinatorCount = 0
            var operatorCount = 0
            var combinatorIndex = -1
            var operatorIndex = -1
            var operatorKind = ""
            for index in members.indices {
                let key = members.key(at: index)
                if Self.isCombinator(key) {
                    combinatorCount += 1
                    if combinatorIndex < 0 { combinatorIndex = index }
                    continue
                }
                if Self.operandShapes.admits(key), let kind = Self.operandKind[key] {
                    operatorCount += 1
                    if operatorIndex < 0 { operatorIndex = index; operatorKind = kind }
                    continue
                }
                if !Self.isRuleField(key) {
                    let hint = key == "Condition" ? " (`Condition` needs `\"QueryLanguage\": \"JSONata\"`)" : ""
                    report(key == "Condition" ? FieldRules.queryLanguage : FieldRules.unknown, "`\(key)` is not a field of a Choice rule\(hint).", members.keyPosition(at: index), pointer + "/" + key)
                }
            }
            if combinatorCount + operatorCount != 1 {
                let combinators = members.filter { Self.isCombinator($0.key) }
                let operators = members.filter { Self.operandKind[$0.key] != nil }
                let names = (combinators + operators).map { "`\($0.key)`" }
                let message = names.isEmpty ? "Choice rule has no comparison operator or `And`/`Or`/`Not`." : "Choice rule has \(names.joined(separator: ", ")); a rule tests exactly one thing."
                report(ChoiceCheck.ruleOperator, message, (combinators + operators).dropFirst().first?.keyPosition ?? rule.position, pointer)
                continue
            }
            if combinatorIndex >= 0 {
                let combinator = members[combinatorIndex]
                let childID = pointers.add(parent: pointerID, token: combinator.key)
                if combinator.key == "Not" {
                    work.append((combinator.value, childID, false))
                } else if let items = combinator.value.arrayValue, !items.isEmpty {
                    for i in items.indices.reversed() { work.append((items[i], pointers.add(parent: childID, token: String(i)), false)) }
                } else {
                    report(ChoiceCheck.ruleOperator, "`\(combinator.key)` needs a non-empty array of rules.", combinator.value.position, pointers.pointer(childID, root: makeRootPointer()))
                }
                if rule["Variable"] != nil {
                    report(ChoiceCheck.ruleOperator, "A rule with `\(combinator.key)` cannot also have `Variable`.", rule.member("Variable")!.keyPosition, pointer + "/Variable")
                }
                continue
            }
            let op = members[operatorIndex]
            if rule["Variable"]?.stringValue == nil {
                report(ChoiceCheck.ruleOperator, "Choice rule with `\(op.key)` needs a `Variable` path.", rule.member("Variable")?.value.position ?? rule.position, pointer)
            }
            let expected = operatorKind
            let value = op.value
            let ok = switch expected {
            case "string", "path": value.stringValue != nil
            case "number": value.numberValue != nil
            default: value.boolValue != nil
            }
            if !ok {
                let noun = expected == "path" ? "a path string" : "a \(expected)"
                report(ChoiceCheck.ruleOperator, "`\(op.key)` compares with \(noun), found \(value.kindName).", value.position, pointer + "/" + op.key)
            } else if expected == "string", op.key.hasPrefix("Timestamp"), let text = value.stringValue,
                !ByteText.contains(text, "${"), !TimestampCheck.isRFC3339(text) {
                // The specification's Timestamp operators take timestamps (statelint's J2119 rules say so too).
                report(ChoiceCheck.ruleOperator, "`\(op.key)` compares with an RFC 3339 timestamp such as 2026-03-14T01:59:00Z, found \"\(text)\".", value.position, pointer + "/" + op.key)
            }
        }
    }

    /// JSON pointers of the rules of one tree, each stored as its parent's entry and one token
    /// (already a pointer segment: `And`, `Or`, `Not` or an index, none needing escapes).
    private struct PointerTable {
        /// Entry 0 is the root rule, whose pointer the caller gives when one is spelled out.
        private var entries: [(parent: Int, token: String)] = [(-1, "")]

        mutating func add(parent: Int, token: String) -> Int {
            entries.append((parent, token))
            return entries.count - 1
        }

        func pointer(_ id: Int, root: String) -> String {
            var tokens: [String] = []
            var current = id
            while current > 0 {
                tokens.append(entries[current].token)
                current = entries[current].parent
            }
            return root + tokens.reversed().map { "/" + $0 }.joined()
        }
    }

    // Switches rather than array literals: a literal in a loop condition is a new array for
    // every member of every rule.
    private static func isCombinator(_ key: String) -> Bool {
        switch key {
        case "And", "Or", "Not": true
        default: false
        }
    }

    private static func isRuleField(_ key: String) -> Bool {
        switch key {
        case "And", "Or", "Not", "Variable", "Next", "Comment", "Assign": true
        default: false
        }
    }

    private static func isJSONataRuleField(_ key: String) -> Bool {
        switch key {
        case "Condition", "Next", "Comment", "Assign", "Output": true
        default: false
        }
    }

    private mutating func report(_ rule: RuleDescription, _ message: String, _ position: SourcePosition, _ pointer: String) {
        found.append(context.diagnostic(rule, message, at: position, pointer: pointer, state: state.name))
    }
}
