public import ASLModel
public import ASLSource

/// A state as a diff report names it: its name, its scope and the line it starts on in the
/// version it comes from (the head version, except for removed states).
public struct DiffStateRef: Sendable, Hashable {
    public var name: String
    /// ``ASLModel/Scope/displayName``: `machine`, `branch 1 of Fan out`, `iteration of Each`.
    public var scope: String
    public var type: String
    public var line: Int?
    /// The scope itself, for drawing the state where it was (`.root` when not given).
    public var scopeKind: Scope.Kind

    public init(name: String, scope: String, type: String, line: Int?, scopeKind: Scope.Kind = .root) {
        self.name = name
        self.scope = scope
        self.type = type
        self.line = line
        self.scopeKind = scopeKind
    }
}

/// One field of a state (or of the machine) that differs between the versions.
public struct FieldChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case added, removed, changed
    }

    /// `TimeoutSeconds`, `Retry[1]`, `Parameters.FunctionName`, `Choices[0] condition`, `Catch[0].Next`.
    public var field: String
    public var kind: Kind
    /// Compact JSON (or a condition's text), shortened; `nil` for the side that lacks it.
    public var before: String?
    public var after: String?
    /// Line of the field in the head version (in the base version when removed).
    public var line: Int?

    public init(field: String, kind: Kind, before: String?, after: String?, line: Int?) {
        self.field = field
        self.kind = kind
        self.before = before
        self.after = after
        self.line = line
    }
}

/// A state present in both versions whose content differs.
public struct StateChange: Sendable, Hashable {
    public var state: DiffStateRef
    /// The base name when the state was also renamed.
    public var renamedFrom: String?
    public var fields: [FieldChange]
}

/// A state with the same content under a new name (references to it follow the new name).
public struct StateRename: Sendable, Hashable {
    public var oldName: String
    public var state: DiffStateRef

    public init(oldName: String, state: DiffStateRef) {
        self.oldName = oldName
        self.state = state
    }
}

/// A transition present in only one version. Names are head names (renames applied).
public struct TransitionChange: Sendable, Hashable {
    public var scope: String
    public var from: String
    public var to: String
    /// `next`, `rule 2`, `default`, `catch 1`.
    public var label: String
    public var line: Int?
}

/// The figures a reviewer compares, for one version of a machine.
public struct MachineMetrics: Sendable, Hashable {
    public var states: Int
    public var transitionsDefined: Int
    /// Paths through the top-level scope, exact, in decimal.
    public var paths: String
    /// `nil` = unbounded.
    public var worstSeconds: Double?
    public var binding: DurationBinding
    public var maxAttempts: Int
    public var maxAttemptsState: String?
    /// State transitions of one execution at worst; `nil` = unbounded.
    public var maxTransitions: Int?
    /// Dollars per execution at worst; `nil` = unbounded.
    public var maxDollars: Double?
    /// The states of the worst-case witness path.
    public var worstPath: [String]
    /// Why the worst case has no bound, when it has none: `State: reason`.
    public var unboundedReason: String?
}

/// Everything that differs between two versions of one machine.
public struct MachineDiff: Sendable {
    public enum Status: String, Sendable, Hashable {
        case added, removed, changed, unchanged
    }

    /// `file` or `template.yaml#Resource`, as in the head version (base for a removed machine).
    public var name: String
    /// The base name when the file was renamed or the two files differ.
    public var baseName: String?
    /// The head file, for links (base file for a removed machine).
    public var file: String
    public var status: Status
    /// `StartAt`, `TimeoutSeconds`, `QueryLanguage`, `Comment` of the machine itself.
    public var machineFields: [FieldChange]
    public var addedStates: [DiffStateRef]
    public var removedStates: [DiffStateRef]
    public var renamedStates: [StateRename]
    public var changedStates: [StateChange]
    public var addedTransitions: [TransitionChange]
    public var removedTransitions: [TransitionChange]
    public var becameUnreachable: [DiffStateRef]
    public var becameReachable: [DiffStateRef]
    public var before: MachineMetrics?
    public var after: MachineMetrics?
    /// Diagnostics of the head version not in the base (matched by rule, state and message).
    public var introduced: [Diagnostic]
    public var fixed: [Diagnostic]
    /// Audit budgets the head breaks that the base kept.
    public var brokenBudgets: [BudgetBreach]
    /// The versions' models, for diagrams.
    public var head: StateMachine?
    public var base: StateMachine?

    public var introducesErrors: Bool { introduced.contains { $0.severity == .error } }
}

/// The diff of every machine of two versions of a repository, directory or file.
public struct RepositoryDiff: Sendable {
    /// `origin/main`, a path, … as the user named the sides.
    public var baseLabel: String
    public var headLabel: String
    /// Added, removed and changed machines, ordered by name.
    public var machines: [MachineDiff]
    public var unchangedCount: Int
    /// Loading problems of either side.
    public var diagnostics: [Diagnostic]
    /// Loading problems of the head that the base did not have (a file that no longer
    /// parses), matched by rule, file and message.
    public var introducedLoadingProblems: [Diagnostic]

    /// An error diagnostic the base did not have, in a machine or in loading.
    public var introducesErrors: Bool {
        machines.contains { $0.introducesErrors } || introducedLoadingProblems.contains { $0.severity == .error }
    }
}
