import ASLLoad
import ASLModel
import ASLSource

/// Map and Parallel settings that only make sense together: distributed-only fields, the
/// child execution type, non-empty branches, and the deprecated spellings.
struct MapAndParallelCheck: Check {
    static let distributedOnlyFields = ["ItemReader", "ItemBatcher", "ResultWriter", "ToleratedFailurePercentage",
        "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath", "Label"]
    /// Most keys of an inline Map have a (first byte, length) shape none of those has, and skip
    /// the eight comparisons.
    static let distributedOnlyShapes = KeyShapes(distributedOnlyFields)

    static let executionTypeMissing = RuleDescription(
        id: "map-execution-type-missing", title: "Distributed Map without ExecutionType", category: .fields, severity: .error,
        summary: "A Map in `DISTRIBUTED` mode has no `ProcessorConfig.ExecutionType` (`STANDARD` or `EXPRESS`).",
        rationale: "Each distributed iteration is a child workflow execution and AWS must know its type.", awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"StartAt": "M", "States": {"M": {"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED"}, "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}"#],
        passing: [#"{"StartAt": "M", "States": {"M": {"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"}, "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}"#])
    static let requiresDistributed = RuleDescription(
        id: "map-field-requires-distributed", title: "Distributed-only field on an inline Map", category: .fields, severity: .warning,
        summary: "An inline Map uses `ItemReader`, `ItemBatcher`, `ResultWriter`, `ToleratedFailure…` or `Label`, which only distributed mode supports.",
        rationale: "These settings have no effect on an inline Map (AWS documents them for distributed mode only); the fix is usually `\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", …}`.",
        triggering: [#"{"StartAt": "M", "States": {"M": {"Type": "Map", "ToleratedFailurePercentage": 5, "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}"#],
        passing: [#"{"StartAt": "M", "States": {"M": {"Type": "Map", "ToleratedFailurePercentage": 5, "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}"#])
    static let branchesEmpty = RuleDescription(
        id: "parallel-branches-empty", title: "Parallel without branches", category: .fields, severity: .error,
        summary: "A Parallel state's `Branches` array is empty.",
        rationale: "The specification requires at least one branch; AWS rejects the definition.", awsCode: "SCHEMA_VALIDATION_FAILED",
        triggering: [#"{"StartAt": "P", "States": {"P": {"Type": "Parallel", "Branches": [], "End": true}}}"#],
        passing: [#"{"StartAt": "P", "States": {"P": {"Type": "Parallel", "Branches": [{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}], "End": true}}}"#])
    static let deprecated = RuleDescription(
        id: "map-deprecated-field", title: "Deprecated Map field", category: .bestPractice, severity: .note,
        summary: "A Map uses `Iterator` or `Parameters`, which `ItemProcessor` and `ItemSelector` replaced.",
        rationale: "The old spellings still work but cannot express distributed mode; new tooling and docs use the new ones.",
        triggering: [#"{"StartAt": "M", "States": {"M": {"Type": "Map", "Iterator": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}"#],
        passing: [#"{"StartAt": "M", "States": {"M": {"Type": "Map", "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}"#])

    static let rules = [executionTypeMissing, requiresDistributed, branchesEmpty, deprecated]

    func run(_ context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // By index, only the state copied (see `ChoiceCheck.run`).
        for index in context.machine.allStates.indices {
            let state = context.machine.allStates[index].state
            if state.type == .parallel, let branches = state.node["Branches"], branches.arrayValue?.isEmpty == true {
                found.append(context.diagnostic(Self.branchesEmpty, "Parallel \"\(state.name)\" has no branches.", at: branches.position, pointer: state.pointer + "/Branches", state: state.name))
            }
            guard let map = state.map, let members = state.node.members else { continue }
            let processorKey = state.node["ItemProcessor"] != nil ? "ItemProcessor" : "Iterator"
            let config = state.node[processorKey]?["ProcessorConfig"]
            if map.mode == .distributed, config?["ExecutionType"] == nil {
                found.append(context.diagnostic(Self.executionTypeMissing, "Distributed Map \"\(state.name)\" needs `ProcessorConfig.ExecutionType` (STANDARD or EXPRESS).", at: config?.position ?? state.namePosition, pointer: state.pointer + "/\(processorKey)/ProcessorConfig", state: state.name))
            }
            if map.mode == .inline {
                // Keys by index, a member made only for a finding: each made counted a reference.
                for index in members.indices {
                    let key = members.key(at: index)
                    guard Self.distributedOnlyShapes.admits(key), Self.distributedOnlyFields.contains(key) else { continue }
                    let member = members[index]
                    found.append(context.diagnostic(Self.requiresDistributed, "`\(member.key)` needs a distributed Map; \"\(state.name)\" runs inline (set `ItemProcessor.ProcessorConfig.Mode` to DISTRIBUTED).", at: member.keyPosition, pointer: JSONPointer.appending(state.pointer, member.key), state: state.name))
                }
            }
            for index in members.indices {
                let key = members.key(at: index)
                guard key == "Iterator" || key == "Parameters" else { continue }
                let member = members[index]
                let replacement = member.key == "Iterator" ? "ItemProcessor" : "ItemSelector"
                found.append(context.diagnostic(Self.deprecated, "`\(member.key)` on a Map is deprecated; use `\(replacement)`.", at: member.keyPosition, pointer: JSONPointer.appending(state.pointer, member.key), state: state.name))
            }
        }
        return found
    }
}
