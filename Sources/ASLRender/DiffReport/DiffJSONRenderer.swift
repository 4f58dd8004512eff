import ASLAnalysis
import ASLSource
import Foundation

/// `aslkit diff --format json`: the diff for bots, sorted keys. Unbounded figures (and other
/// absent values) are left out of their object.
public enum DiffJSONRenderer {
    public static func render(_ diff: RepositoryDiff) -> String {
        var text = ""
        write(diff, into: &text)
        return text
    }

    /// `render`, written to `stream` as it is made: each machine's long lists (50,000 changed
    /// states when a field changes everywhere) are encoded a batch at a time, never as one tree
    /// (`StableJSON`).
    public static func write<Stream: TextOutputStream>(_ diff: RepositoryDiff, into stream: inout Stream) {
        StableJSON.write(Document(diff), splicing: ["machines"], into: &stream) { _, indent, stream in
            var first = true
            for machine in diff.machines {
                StableJSON.beginElement(first: &first, indent: indent, into: &stream)
                write(machine, indent: StableJSON.elementIndent(indent), into: &stream)
            }
            return !first
        }
        stream.write("\n")
    }

    private static func write<Stream: TextOutputStream>(_ d: MachineDiff, indent: [UInt8], into stream: inout Stream) {
        StableJSON.write(Machine(d), indent: indent, splicing: Machine.listKeys, into: &stream) { key, indent, stream in
            switch Machine.listKeys[key] {
            case "addedStates": StableJSON.writeElements(d.addedStates.lazy.map(StateRef.init), indent: indent, into: &stream)
            case "removedStates": StableJSON.writeElements(d.removedStates.lazy.map(StateRef.init), indent: indent, into: &stream)
            case "renamedStates":
                StableJSON.writeElements(d.renamedStates.lazy.map { Rename(from: $0.oldName, to: StateRef($0.state)) }, indent: indent, into: &stream)
            case "changedStates":
                StableJSON.writeElements(
                    d.changedStates.lazy.map { Change(state: StateRef($0.state), renamedFrom: $0.renamedFrom, fields: $0.fields.map(Field.init)) },
                    indent: indent, into: &stream)
            case "addedTransitions": StableJSON.writeElements(d.addedTransitions.lazy.map(Transition.init), indent: indent, into: &stream)
            case "removedTransitions": StableJSON.writeElements(d.removedTransitions.lazy.map(Transition.init), indent: indent, into: &stream)
            case "becameUnreachable": StableJSON.writeElements(d.becameUnreachable.lazy.map(StateRef.init), indent: indent, into: &stream)
            case "becameReachable": StableJSON.writeElements(d.becameReachable.lazy.map(StateRef.init), indent: indent, into: &stream)
            case "introduced": StableJSON.writeElements(d.introduced.lazy.map(Finding.init), indent: indent, into: &stream)
            case "fixed": StableJSON.writeElements(d.fixed.lazy.map(Finding.init), indent: indent, into: &stream)
            default: false
            }
        }
    }

    /// Without its machines: they are spliced in.
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
            machines = []
            loadingProblems = diff.diagnostics.map(Finding.init)
            introducedLoadingProblems = diff.introducedLoadingProblems.map(Finding.init)
            introducesErrors = diff.introducesErrors
            breaksBudgets = diff.machines.contains { !$0.brokenBudgets.isEmpty }
        }
    }

    /// Without the lists of `listKeys`: they are spliced in.
    private struct Machine: Encodable {
        static let listKeys = [
            "addedStates", "removedStates", "renamedStates", "changedStates", "addedTransitions", "removedTransitions",
            "becameUnreachable", "becameReachable", "introduced", "fixed",
        ]

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
            addedStates = []
            removedStates = []
            renamedStates = []
            changedStates = []
            addedTransitions = []
            removedTransitions = []
            becameUnreachable = []
            becameReachable = []
            before = d.before.map(Metrics.init)
            after = d.after.map(Metrics.init)
            introduced = []
            fixed = []
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
