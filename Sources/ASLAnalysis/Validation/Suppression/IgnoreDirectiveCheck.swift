import ASLLoad
import ASLModel
import ASLSource

/// An `aslkit-ignore:` directive must name rules aslkit has: a misspelt id silences nothing.
struct IgnoreDirectiveCheck: Check {
    static let unknownRule = RuleDescription(
        id: "ignore-directive-unknown-rule", title: "Ignore directive names no rule", category: .bestPractice,
        severity: .warning,
        summary: "An `aslkit-ignore:` directive in a `Comment` names a rule id aslkit does not have.",
        rationale: "A misspelt or retired id silences nothing, so the finding it was meant for still fails the build, or the directive outlives its reason unnoticed.",
        triggering: [#"{"StartAt": "T", "States": {"T": {"Type": "Task", "Comment": "aslkit-ignore: task-timout-missing", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}"#],
        passing: [#"{"StartAt": "T", "States": {"T": {"Type": "Task", "Comment": "aslkit-ignore: task-timeout-missing", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}"#])

    static let rules = [unknownRule]

    func run(_ context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var known: Set<String>?
        func check(_ node: LocatedNode?, pointer: String, state: String?) {
            guard let node, let comment = node.stringValue else { return }
            for directive in IgnoreDirective.parse(comment) {
                if known == nil { known = Set(RuleCatalogue.rules.map(\.id)) }
                guard known?.contains(directive.rule) == false else { continue }
                found.append(context.diagnostic(
                    Self.unknownRule, "`\(directive.rule)` is not an aslkit rule, so this directive silences nothing (`aslkit rules` lists them).",
                    at: node.position(atOffset: directive.offset), pointer: pointer, state: state))
            }
        }
        check(context.machine.node["Comment"], pointer: "/Comment", state: nil)
        // The pointer is built only for a state that has a comment.
        // By index, each state read in place: a copy of each (and of its scope) counted references.
        for index in context.machine.allStates.indices {
            if let comment = context.machine.allStates[index].state.withNode({ $0["Comment"] }) {
                let state = context.machine.allStates[index].state
                check(comment, pointer: state.pointer + "/Comment", state: state.name)
            }
        }
        return found
    }
}
