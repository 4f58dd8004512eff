import ASLAnalysis
import Testing

@Suite struct StateDiffTests {
    typealias F = DiffFixtures

    @Test func identicalTextsAreOneUnchangedMachine() {
        let reformatted = F.order.replacingOccurrences(of: ", ", with: ",\n  ")
        let diff = RepositoryDiffer.diff(base: F.load(F.order), head: F.load(reformatted), baseLabel: "a", headLabel: "b")
        #expect(diff.machines.isEmpty)
        #expect(diff.unchangedCount == 1)
    }

    @Test func timeoutChangeIsOneFieldWithBothValuesAndTheHeadLine() throws {
        let diff = try #require(F.diff(F.order, F.edited([("\"TimeoutSeconds\": 30", "\"TimeoutSeconds\": 300")])))
        #expect(diff.changedStates.count == 1)
        let change = diff.changedStates[0]
        #expect(change.state == DiffStateRef(name: "Validate", scope: "machine", type: "Task", line: 2))
        #expect(change.fields == [FieldChange(field: "TimeoutSeconds", kind: .changed, before: "30", after: "300", line: 2)])
        #expect(diff.addedStates.isEmpty && diff.removedStates.isEmpty && diff.addedTransitions.isEmpty)
    }

    @Test func retryAddedFirstIsOneAdditionNotAChangeOfTheOthers() throws {
        let withOne = F.edited([("\"TimeoutSeconds\": 10,", "\"TimeoutSeconds\": 10, \"Retry\": [{\"ErrorEquals\": [\"Lambda.TooManyRequestsException\"]}],")])
        let withTwo = F.edited(
            [("\"Retry\": [", "\"Retry\": [{\"ErrorEquals\": [\"States.Timeout\"], \"MaxAttempts\": 2}, ")], of: withOne)
        let diff = try #require(F.diff(withOne, withTwo))
        #expect(diff.changedStates.map(\.state.name) == ["Charge"])
        #expect(
            diff.changedStates[0].fields == [
                FieldChange(field: "Retry[0]", kind: .added, before: nil, after: #"{"ErrorEquals":["States.Timeout"],"MaxAttempts":2}"#, line: 6)
            ])
        let added = try #require(F.diff(F.order, withOne))
        #expect(added.changedStates[0].fields.map(\.field) == ["Retry"])
        #expect(added.changedStates[0].fields[0].kind == .added)
    }

    @Test func choiceConditionChangeIsOneChangeWithBothConditions() throws {
        let diff = try #require(F.diff(F.order, F.edited([("\"NumericGreaterThan\": 100", "\"NumericGreaterThanEquals\": 500")])))
        #expect(
            diff.changedStates[0].fields == [
                FieldChange(field: "Choices[0] condition", kind: .changed, before: "$.total > 100", after: "$.total >= 500", line: 3)
            ])
        #expect(diff.addedTransitions.isEmpty && diff.removedTransitions.isEmpty)
    }

    @Test func catchTargetMovedIsAFieldChangeAndATransitionSwap() throws {
        let head = F.edited([
            ("\"Next\": \"Failed\"}]", "\"Next\": \"Refund\"}]"),
            ("\"Failed\": {\"Type\": \"Fail\"}", "\"Refund\": {\"Type\": \"Pass\", \"Next\": \"Failed\"}, \"Failed\": {\"Type\": \"Fail\"}"),
        ])
        let diff = try #require(F.diff(F.order, head))
        #expect(diff.changedStates[0].fields == [FieldChange(field: "Catch[0].Next", kind: .changed, before: "\"Failed\"", after: "\"Refund\"", line: 7)])
        #expect(diff.addedStates == [DiffStateRef(name: "Refund", scope: "machine", type: "Pass", line: 8)])
        #expect(diff.addedTransitions.map { "\($0.from) → \($0.to) (\($0.label))" } == ["Charge → Refund (catch 1)", "Refund → Failed (next)"])
        #expect(diff.removedTransitions.map { "\($0.from) → \($0.to) (\($0.label))" } == ["Charge → Failed (catch 1)"])
    }

    @Test func renameWithEveryReferenceUpdatedIsOnlyARename() throws {
        let head = F.order.replacingOccurrences(of: "\"Review\"", with: "\"Manual review\"")
        let diff = try #require(F.diff(F.order, head))
        #expect(diff.renamedStates == [StateRename(oldName: "Review", state: DiffStateRef(name: "Manual review", scope: "machine", type: "Task", line: 5))])
        #expect(diff.changedStates.isEmpty && diff.addedStates.isEmpty && diff.removedStates.isEmpty)
        #expect(diff.addedTransitions.isEmpty && diff.removedTransitions.isEmpty && diff.introduced.isEmpty)
    }

    @Test func renameWithAStaleReferenceShowsTheStaleTargetAndTheNewError() throws {
        // The Choice still names "Review": the state reads as removed and added, and the
        // dangling target as a changed rule and a new error.
        let head = F.edited([("\"Review\": {", "\"Manual review\": {")])
        let diff = try #require(F.diff(F.order, head))
        #expect(diff.renamedStates.isEmpty)
        #expect(diff.removedStates.map(\.name) == ["Review"])
        #expect(diff.addedStates.map(\.name) == ["Manual review"])
        #expect(diff.introducesErrors)
        #expect(diff.becameReachable.isEmpty)
    }

    @Test func removedStateAndItsTransitions() throws {
        let head = F.edited([
            ("\"Next\": \"Review\"}]", "\"Next\": \"Charge\"}]"),
            ("\"Review\": {\"Type\": \"Task\", \"Resource\": \"\(F.lambda)\", \"TimeoutSeconds\": 60, \"Next\": \"Charge\"},\n", ""),
        ])
        let diff = try #require(F.diff(F.order, head))
        #expect(diff.removedStates == [DiffStateRef(name: "Review", scope: "machine", type: "Task", line: 5)])
        #expect(diff.removedTransitions.map { "\($0.from) → \($0.to)" } == ["Route → Review", "Review → Charge"])
        #expect(diff.after?.states == 4)
        #expect(diff.before?.states == 5)
        // Both: two ways past Route (rule, default) × two ways out of Charge (End, Catch).
        #expect(diff.before?.paths == "4")
        #expect(diff.after?.paths == "4")
    }
}
