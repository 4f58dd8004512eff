import ASLModel
import ASLSource

/// State names are unique across the whole machine, nested scopes included, not empty and short.
struct StateNameCheck: Check {
    static let maximumLength = 80

    static let duplicate = RuleDescription(
        id: "state-name-duplicate", title: "Duplicate state name", category: .structure, severity: .error,
        summary: "Two states have the same name, in the same or in different scopes.",
        rationale: "Names identify states in execution histories and the console, so they must be unique across the whole machine.",
        awsCode: "DUPLICATE_STATE_NAME",
        triggering: [
            #"{"StartAt": "P", "States": {"P": {"Type": "Parallel", "Branches": [{"StartAt": "P", "States": {"P": {"Type": "Succeed"}}}], "End": true}}}"#
        ],
        passing: [
            #"{"StartAt": "P", "States": {"P": {"Type": "Parallel", "Branches": [{"StartAt": "Q", "States": {"Q": {"Type": "Succeed"}}}], "End": true}}}"#
        ])
    static let tooLong = RuleDescription(
        id: "state-name-too-long", title: "State name too long", category: .structure, severity: .error,
        summary: "A state name is longer than 80 characters.",
        rationale: "The specification limits names to 80 Unicode characters and AWS refuses longer ones (`INVALID_STATE_NAME: … exceeds the 80-character limit`, quoted in asl-validator #69 and cfn-lint #4079).",
        awsCode: "INVALID_STATE_NAME",
        triggering: [#"{"StartAt": "\#(String(repeating: "x", count: 81))", "States": {"\#(String(repeating: "x", count: 81))": {"Type": "Succeed"}}}"#],
        passing: [#"{"StartAt": "\#(String(repeating: "x", count: 80))", "States": {"\#(String(repeating: "x", count: 80))": {"Type": "Succeed"}}}"#])

    static let empty = RuleDescription(
        id: "state-name-empty", title: "Empty state name", category: .structure, severity: .error,
        summary: "A state's name is the empty string.",
        rationale: "Execution histories carry the state name, which AWS's API reference constrains to 1–80 characters (`StateEnteredEventDetails`); cfn-lint's schema (`^.{1,80}$`) refuses it too.",
        awsCode: "INVALID_STATE_NAME",
        triggering: [#"{"StartAt": "", "States": {"": {"Type": "Succeed"}}}"#],
        passing: [#"{"StartAt": " ", "States": {" ": {"Type": "Succeed"}}}"#])

    static let rules = [duplicate, tooLong, empty]

    func run(_ context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // Every state in the order of `allStates` (scope by scope) and where each name comes
        // first, as 32-bit positions: a dictionary of names and positions took 4.2 MB for
        // 50,000 states.
        let states = context.machine.allStates.map(\.state)
        let firstByName = StateNameIndex(states)
        // By index, each state lent: a copy of each counted a reference.
        for position in states.indices {
            let first = firstByName.position(of: states[position].name, in: states) ?? position
            checkName(states[position], earlier: first < position ? states[first].namePosition : nil, context, into: &found)
        }
        return found
    }

    /// `earlier`: where the name is first defined, when that is another state.
    private func checkName(_ state: State, earlier: SourcePosition?, _ context: ValidationContext, into found: inout [Diagnostic]) {
        if let earlier {
            found.append(context.diagnostic(
                Self.duplicate, "State name \"\(state.name)\" is already used; state names must be unique across the whole machine.",
                at: state.namePosition, pointer: state.pointer, state: state.name,
                notes: [Diagnostic.Note(message: "first defined here", position: earlier)]))
        }
        if state.name.isEmpty {
            found.append(context.diagnostic(Self.empty, "A state name must have at least one character.", at: state.namePosition, pointer: state.pointer, state: state.name))
        }
        // A name of at most 80 UTF-8 bytes has at most 80 scalars: skip counting them.
        if state.name.utf8.count <= Self.maximumLength { return }
        let length = state.name.unicodeScalars.count
        if length > Self.maximumLength {
            found.append(context.diagnostic(
                Self.tooLong, "State name is \(length) characters long; the limit is \(Self.maximumLength).",
                at: state.namePosition, pointer: state.pointer, state: state.name))
        }
    }
}
