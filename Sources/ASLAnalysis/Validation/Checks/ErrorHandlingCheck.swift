import ASLLoad
import ASLModel
import ASLSource

/// `Retry` and `Catch` entries: well-formed error lists, `States.ALL` alone and last, entries
/// that can never fire, and errors that cannot be retried.
struct ErrorHandlingCheck: Check {
    static let errorEqualsEmpty = RuleDescription(
        id: "error-equals-empty", title: "Empty ErrorEquals", category: .errorHandling, severity: .error,
        summary: "A Retrier or Catcher has an empty `ErrorEquals` array.",
        rationale: "The specification requires a non-empty array; an entry that matches no error never fires.", awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Retry": [{"ErrorEquals": []}], "End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Retry": [{"ErrorEquals": ["States.Timeout"]}], "End": true}}}"#])
    static let errorNameEmpty = RuleDescription(
        id: "error-name-empty", title: "Empty error name", category: .errorHandling, severity: .error,
        summary: "An `ErrorEquals` array holds an empty string.",
        rationale: "Error names are non-empty strings that errors are matched against; `\"\"` matches no error, so the entry is a mistake that never fires.",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Catch": [{"ErrorEquals": [""], "Next": "B"}], "End": true}, "B": {"Type": "Fail"}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "B"}], "End": true}, "B": {"Type": "Fail"}}}"#])
    static let allNotAlone = RuleDescription(
        id: "states-all-not-alone", title: "States.ALL combined with other errors", category: .errorHandling, severity: .error,
        summary: "`States.ALL` appears in an `ErrorEquals` together with other names.",
        rationale: "The specification requires `States.ALL` to be the only name of its entry.",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Catch": [{"ErrorEquals": ["States.ALL", "MyError"], "Next": "B"}], "End": true}, "B": {"Type": "Fail"}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Catch": [{"ErrorEquals": ["MyError"], "Next": "B"}, {"ErrorEquals": ["States.ALL"], "Next": "B"}], "End": true}, "B": {"Type": "Fail"}}}"#])
    static let allNotLast = RuleDescription(
        id: "states-all-not-last", title: "States.ALL not last", category: .errorHandling, severity: .error,
        summary: "A Retrier or Catcher with `States.ALL` is followed by other entries.",
        rationale: "The specification requires the `States.ALL` entry to be last; entries after it could never fire.",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Retry": [{"ErrorEquals": ["States.ALL"]}, {"ErrorEquals": ["MyError"]}], "End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Retry": [{"ErrorEquals": ["MyError"]}, {"ErrorEquals": ["States.ALL"]}], "End": true}}}"#])
    static let entryUnreachable = RuleDescription(
        id: "error-handler-unreachable", title: "Retrier or Catcher that can never fire", category: .errorHandling, severity: .warning,
        summary: "Every error a Retrier or Catcher names is already taken by an earlier entry of the same list (for example after `States.TaskFailed`).",
        rationale: "Entries are tried in order and the first match wins, so this one is dead code and its settings never apply.",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Retry": [{"ErrorEquals": ["States.TaskFailed"]}, {"ErrorEquals": ["Lambda.ServiceException"]}], "End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Retry": [{"ErrorEquals": ["Lambda.ServiceException"]}, {"ErrorEquals": ["States.TaskFailed"]}], "End": true}}}"#])
    static let nonRetriable = RuleDescription(
        id: "retry-non-retriable-error", title: "Retrying an error that is never retried", category: .errorHandling, severity: .warning,
        summary: "A Retrier names `States.Runtime` or `States.DataLimitExceeded`, which Step Functions never retries.",
        rationale: "The retrier gives a false sense of resilience; fix the payload or expression instead.",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Retry": [{"ErrorEquals": ["States.Runtime"]}], "End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Retry": [{"ErrorEquals": ["States.Timeout"]}], "End": true}}}"#])
    static let reservedName = RuleDescription(
        id: "error-name-reserved", title: "Unknown States.* error name", category: .errorHandling, severity: .warning,
        summary: "An `ErrorEquals` name starts with `States.` but is not a predefined error.",
        rationale: "The specification reserves the `States.` prefix (AWS does not enforce it); a typo such as `States.Timeout` spelled `States.TimeOut` silently never matches.",
        triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Retry": [{"ErrorEquals": ["States.TimeOut"]}], "End": true}}}"#],
        passing: [#"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Retry": [{"ErrorEquals": ["States.Timeout", "Custom.Error"]}], "End": true}}}"#])

    static let rules = [errorEqualsEmpty, errorNameEmpty, allNotAlone, allNotLast, entryUnreachable, nonRetriable, reservedName]

    func run(_ context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for scope in context.machine.allScopes {
            // Entries are read by index: copying a Retrier or a Catcher counted two references.
            for state in scope.states {
                let retriers = state.retriers
                let catchers = state.catchers
                if !retriers.isEmpty { checkList(retriers, field: "Retry", state: state, context, into: &found) }
                if !catchers.isEmpty { checkList(catchers, field: "Catch", state: state, context, into: &found) }
                checkRetriable(retriers, state: state, context, into: &found)
            }
        }
        return found
    }

    private func checkRetriable(_ retriers: [Retrier], state: State, _ context: ValidationContext, into found: inout [Diagnostic]) {
        for r in retriers.indices {
            for name in retriers[r].errorEquals where ErrorNames.isNonRetriable(name.value) {
                found.append(context.diagnostic(Self.nonRetriable, "\(name.value) is never retried by Step Functions; this Retrier entry has no effect.", at: name.position, pointer: state.pointer + "/Retry/\(retriers[r].index)/ErrorEquals", state: state.name))
            }
        }
    }

    /// Generic over Retriers and Catchers so that neither is copied into an intermediate list.
    private func checkList<Entry: ErrorHandlerEntry>(_ entries: [Entry], field: String, state: State, _ context: ValidationContext, into found: inout [Diagnostic]) {
        var earlier = Set<String>()
        for position in entries.indices {
            let names = entries[position].errorEquals
            let index = entries[position].index
            var pointer: String { state.pointer + "/\(field)/\(index)/ErrorEquals" }
            // `names` are the list's strings, so only an entry without any can have an empty list.
            if names.isEmpty, let list = entries[position].node["ErrorEquals"], let items = list.arrayValue, items.isEmpty {
                found.append(context.diagnostic(Self.errorEqualsEmpty, "\(Entry.kind) \(index) of \"\(state.name)\" has an empty `ErrorEquals`.", at: list.position, pointer: pointer, state: state.name))
            }
            for name in names where name.value.isEmpty {
                found.append(context.diagnostic(Self.errorNameEmpty, "\(Entry.kind) \(index) of \"\(state.name)\" names an empty error; no error matches `\"\"`.", at: name.position, pointer: pointer, state: state.name))
            }
            // Predefined names (the usual ones) are recognised first, without the prefix test.
            for name in names where !ErrorNames.isPredefined(name.value) && name.value.hasPrefix("States.") {
                found.append(context.diagnostic(Self.reservedName, "\"\(name.value)\" is not a predefined error; names starting with `States.` are reserved\(Self.suggestion(name.value)).", at: name.position, pointer: pointer, state: state.name))
            }
            if let all = names.first(where: { $0.value == ErrorNames.all }) {
                if names.count > 1 {
                    found.append(context.diagnostic(Self.allNotAlone, "`States.ALL` must be the only name in its `ErrorEquals`.", at: all.position, pointer: pointer, state: state.name))
                }
                if position < entries.count - 1 {
                    found.append(context.diagnostic(Self.allNotLast, "The \(Entry.kind) with `States.ALL` must be the last in `\(field)`; the \(entries.count - 1 - position) after it can never fire.", at: all.position, pointer: pointer, state: state.name))
                }
            }
            if !names.isEmpty, !earlier.isEmpty, !earlier.contains(ErrorNames.all), names.allSatisfy({ ErrorNames.covers(earlier, $0.value) }), !names.contains(where: { ErrorNames.isNonRetriable($0.value) }) {
                found.append(context.diagnostic(Self.entryUnreachable, "\(Entry.kind) \(index) of \"\(state.name)\" can never fire: earlier entries already match \(names.map(\.value).joined(separator: ", ")).", at: names[0].position, pointer: pointer, state: state.name))
            }
            // The last entry's names are never looked at again: skip building the set for it.
            if position < entries.count - 1 {
                for name in names { earlier.insert(name.value) }
            }
        }
    }

    static func suggestion(_ name: String) -> String {
        guard let match = ErrorNames.predefined.first(where: { $0.lowercased() == name.lowercased() }) else { return "" }
        return "; did you mean \"\(match)\"?"
    }
}

/// What `ErrorHandlingCheck` reads from a Retrier or a Catcher.
protocol ErrorHandlerEntry {
    static var kind: String { get }
    var errorEquals: [Located<String>] { get }
    var index: Int { get }
    var node: LocatedNode { get }
}

extension Retrier: ErrorHandlerEntry {
    static var kind: String { "Retrier" }
}

extension Catcher: ErrorHandlerEntry {
    static var kind: String { "Catcher" }
}
