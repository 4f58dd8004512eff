import ASLModel
import ASLSource

/// Assumptions that name no state: `--map-items Nope=3` would otherwise change nothing, and
/// the user would believe the Map was bounded.
public enum AssumptionNameCheck {
    public static let ruleID = "assumption-unknown-state"

    /// The names an assumption can refer to, gathered from every machine of a run (a name may
    /// be meant for one machine of several).
    public struct StateNames: Sendable {
        var maps: Set<String> = []
        var timed: Set<String> = []
        var all: Set<String> = []

        public init() {}

        public init(_ machine: StateMachine) {
            for (_, state) in machine.allStates {
                all.insert(state.name)
                if state.type == .map { maps.insert(state.name) }
                if state.type == .task || state.type == .wait { timed.insert(state.name) }
            }
        }

        public mutating func formUnion(_ other: StateNames) {
            maps.formUnion(other.maps)
            timed.formUnion(other.timed)
            all.formUnion(other.all)
        }
    }

    /// A warning for each name that is no state of the kind it applies to, with the nearest
    /// names of that kind.
    public static func diagnostics(_ assumptions: Assumptions, names: StateNames) -> [Diagnostic] {
        let kinds: [(setting: String, given: [String], known: Set<String>, what: String)] = [
            ("map-items", Array(assumptions.mapItems.keys), names.maps, "Map state"),
            ("loop-bound", Array(assumptions.loopBounds.keys), names.all, "state"),
            ("state-seconds", Array(assumptions.stateSeconds.keys), names.timed, "Task or Wait state"),
        ]
        return kinds.flatMap { kind in
            kind.given.sorted().filter { !kind.known.contains($0) }.map { name in
                Diagnostic(
                    ruleID: ruleID, severity: .warning,
                    message: "\(kind.setting) names \"\(name)\", which is no \(kind.what) of the machines analysed, so it changes nothing\(NameSuggestion.phrase(for: name, among: kind.known))",
                    file: "assumptions", position: nil)
            }
        }
    }
}
