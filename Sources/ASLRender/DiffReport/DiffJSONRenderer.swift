import ASLAnalysis
import ASLSource
import Foundation

/// `aslkit diff --format json`: the diff for bots, sorted keys. Unbounded figures (and other
/// absent values) are left out of their object.
public enum DiffJSONRenderer {
    public static func render(_ diff: RepositoryDiff) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(diff))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        var base: String
        var head: String
        var unchanged: Int
        var machines: [Machine]
        var loadingProblems: [Finding]
        var introducedLoadingProblems: [Finding]
        var introducesErrors: Bool
        var breaksBudgets: Bool

        init(_ diff: RepositoryDiff) {
            base = diff.baseLabel
            head = diff.headLabel
            unchanged = diff.unchangedCount
            machines = diff.machines.map(Machine.init)
            loadingProblems = diff.diagnostics.map(Finding.init)
            introducedLoadingProblems = diff.introducedLoadingProblems.map(Finding.init)
            introducesErrors = diff.introducesErrors
            breaksBudgets = diff.machines.contains { !$0.brokenBudgets.isEmpty }
        }
    }

    private struct Machine: Encodable {
        var name: String
        var baseName: String?
        var file: String
        var status: String
        var verdict: String
        var machineFields: [Field]
        var addedStates: [StateRef]
        var removedStates: [StateRef]
        var renamedStates: [Rename]
        var changedStates: [Change]
        var addedTransitions: [Transition]
        var removedTransitions: [Transition]
        var becameUnreachable: [StateRef]
        var becameReachable: [StateRef]
        var before: Metrics?
        var after: Metrics?
        var introduced: [Finding]
        var fixed: [Finding]
        var brokenBudgets: [Budget]

        init(_ d: MachineDiff) {
            name = d.name
            baseName = d.baseName
            file = d.file
            status = d.status.rawValue
            verdict = DiffVerdict.text(d)
            machineFields = d.machineFields.map(Field.init)
            addedStates = d.addedStates.map(StateRef.init)
            removedStates = d.removedStates.map(StateRef.init)
            renamedStates = d.renamedStates.map { Rename(from: $0.oldName, to: StateRef($0.state)) }
            changedStates = d.changedStates.map { Change(state: StateRef($0.state), renamedFrom: $0.renamedFrom, fields: $0.fields.map(Field.init)) }
            addedTransitions = d.addedTransitions.map(Transition.init)
            removedTransitions = d.removedTransitions.map(Transition.init)
            becameUnreachable = d.becameUnreachable.map(StateRef.init)
            becameReachable = d.becameReachable.map(StateRef.init)
            before = d.before.map(Metrics.init)
            after = d.after.map(Metrics.init)
            introduced = d.introduced.map(Finding.init)
            fixed = d.fixed.map(Finding.init)
            brokenBudgets = d.brokenBudgets.map { Budget(budget: $0.budget, message: $0.message) }
        }
    }

    private struct StateRef: Encodable {
        var name: String, scope: String, type: String, line: Int?
        init(_ r: DiffStateRef) { (name, scope, type, line) = (r.name, r.scope, r.type, r.line) }
    }

    private struct Rename: Encodable { var from: String, to: StateRef }

    private struct Change: Encodable { var state: StateRef, renamedFrom: String?, fields: [Field] }

    private struct Field: Encodable {
        var field: String, kind: String, before: String?, after: String?, line: Int?
        init(_ f: FieldChange) { (field, kind, before, after, line) = (f.field, f.kind.rawValue, f.before, f.after, f.line) }
    }

    private struct Transition: Encodable {
        var scope: String, from: String, to: String, label: String, line: Int?
        init(_ t: TransitionChange) { (scope, from, to, label, line) = (t.scope, t.from, t.to, t.label, t.line) }
    }

    private struct Metrics: Encodable {
        var states: Int, transitionsDefined: Int, paths: String, worstSeconds: Double?, binding: String
        var maxAttempts: Int, maxAttemptsState: String?, maxTransitions: Int?, maxDollars: Double?, worstPath: [String]
        var unboundedReason: String?
        init(_ m: MachineMetrics) {
            (states, transitionsDefined, paths, worstSeconds, binding) = (m.states, m.transitionsDefined, m.paths, m.worstSeconds, m.binding.rawValue)
            (maxAttempts, maxAttemptsState, maxTransitions, maxDollars, worstPath) = (m.maxAttempts, m.maxAttemptsState, m.maxTransitions, m.maxDollars, m.worstPath)
            unboundedReason = m.unboundedReason
        }
    }

    private struct Finding: Encodable {
        var ruleID: String, severity: String, message: String, file: String, line: Int?, state: String?
        init(_ d: Diagnostic) {
            (ruleID, severity, message, file, line, state) = (d.ruleID, d.severity.rawValue, d.message, d.file, d.position?.line, d.stateName)
        }
    }

    private struct Budget: Encodable { var budget: String, message: String }
}
