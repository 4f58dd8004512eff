import ASLAnalysis

/// The changes of one machine as Markdown list items, grouped and ordered by what a reviewer
/// must see first. The comment shows a prefix of each list when it cannot show all of them
/// (see ``DiffMarkdownBudget``), so the order of ``Kind`` is the order of importance.
struct DiffChangeLists {
    /// The groups, most important first.
    enum Kind: Int, CaseIterable, Comparable {
        case machine, removed, added, renamed, timing, budgets, introduced, unreachable, otherChanged, transitions,
            reachable, fixed

        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }

        var title: String {
            switch self {
            case .machine: "Machine"
            case .removed: "Removed states"
            case .added: "Added states"
            case .renamed: "Renamed states"
            case .timing: "Timeouts and retries"
            case .budgets: "Budgets"
            case .introduced: "New findings"
            case .unreachable: "Now unreachable"
            case .otherChanged: "Other changed states"
            case .transitions: "Transitions"
            case .reachable: "Now reachable"
            case .fixed: "Fixed findings"
            }
        }

        /// What a left-out item of this kind is counted as in the closing note (singular, plural).
        var noun: (one: String, many: String) {
            switch self {
            case .machine: ("machine field", "machine fields")
            case .removed, .added, .renamed, .timing, .otherChanged: ("changed state", "changed states")
            case .budgets: ("broken budget", "broken budgets")
            case .introduced, .fixed: ("finding", "findings")
            case .unreachable, .reachable: ("reachability change", "reachability changes")
            case .transitions: ("transition", "transitions")
            }
        }
    }

    /// Fields whose change alters how long a state may run or how often it is tried.
    static let timingFields: Set<String> = [
        "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath", "Retry", "Seconds", "SecondsPath",
        "Timestamp", "TimestampPath",
    ]

    /// Items of each kind, in ``Kind`` order; an item may span lines (a changed state and its
    /// fields).
    var items: [Kind: [String]]

    init(_ diff: MachineDiff, options: DiffReportOptions) {
        let text = DiffItemText(diff: diff, options: options)
        var items: [Kind: [String]] = [:]
        items[.machine] = diff.machineFields.map { "- " + text.field($0) }
        items[.removed] = diff.removedStates.map { "- ➖ removed \(DiffEscaping.code($0.name)) (\($0.type)\(text.scope($0)))" }
        items[.added] = diff.addedStates.map { "- ➕ added \(text.state($0))" }
        items[.renamed] = diff.renamedStates.map { "- 🏷️ renamed \(DiffEscaping.code($0.oldName)) → \(text.state($0.state))" }
        var timing: [String] = [], other: [String] = []
        for change in diff.changedStates {
            let renamed = change.renamedFrom.map { " (renamed from \(DiffEscaping.code($0)))" } ?? ""
            let item = (["- ✏️ changed \(text.state(change.state))\(renamed)"] + change.fields.map { "  - " + text.field($0) })
                .joined(separator: "\n")
            if change.fields.contains(where: { Self.timingFields.contains(Self.topKey($0.field)) }) {
                timing.append(item)
            } else {
                other.append(item)
            }
        }
        items[.timing] = timing
        items[.otherChanged] = other
        items[.budgets] = diff.brokenBudgets.map { "- ❌ \(DiffEscaping.code("--" + $0.budget)): \(DiffEscaping.markdown($0.message))" }
        items[.introduced] = diff.introduced.map {
            "- 🆕 " + text.finding($0.severity.rawValue, $0.ruleID, $0.stateName, $0.message, $0.position?.line)
        }
        items[.unreachable] = diff.becameUnreachable.map { "- ⚠️ now unreachable: \(text.state($0))" }
        items[.transitions] =
            diff.addedTransitions.map { "- ➕ " + text.transition($0) } + diff.removedTransitions.map { "- ➖ " + text.transition($0) }
        items[.reachable] = diff.becameReachable.map { "- now reachable: \(text.state($0))" }
        items[.fixed] = diff.fixed.map { "- ✅ fixed " + text.finding($0.severity.rawValue, $0.ruleID, $0.stateName, $0.message, nil) }
        self.items = items
    }

    func count(_ kind: Kind) -> Int { items[kind]?.count ?? 0 }

    var total: Int { Kind.allCases.reduce(0) { $0 + count($1) } }

    /// `Retry[1].MaxAttempts` → `Retry`, `Choices[0] condition` → `Choices`.
    static func topKey(_ field: String) -> String {
        String(field.prefix { $0 != "." && $0 != "[" && $0 != " " })
    }
}
