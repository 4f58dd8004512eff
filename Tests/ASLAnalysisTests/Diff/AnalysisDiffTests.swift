import ASLAnalysis
import ASLLoad
import Testing

@Suite struct AnalysisDiffTests {
    typealias F = DiffFixtures

    /// Worst case before: Validate 30 + Review 60 + Charge 10 = 100 s (failing into Failed);
    /// after: 300 + 60 + 10 = 370 s.
    @Test func worstCaseDeltaAndWitness() throws {
        let diff = try #require(F.diff(F.order, F.edited([("\"TimeoutSeconds\": 30", "\"TimeoutSeconds\": 300")])))
        #expect(diff.before?.worstSeconds == 100)
        #expect(diff.after?.worstSeconds == 370)
        #expect(diff.after?.worstPath == ["Validate", "Route", "Review", "Charge", "Failed"])
        #expect(diff.after?.binding == .path)
    }

    @Test func retryRaisesMaxAttemptsAndTransitions() throws {
        let head = F.edited([("\"TimeoutSeconds\": 10,", "\"TimeoutSeconds\": 10, \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": 3}],")])
        let diff = try #require(F.diff(F.order, head))
        #expect(diff.before?.maxAttempts == 1)
        #expect(diff.after?.maxAttempts == 4)
        #expect(diff.after?.maxAttemptsState == "Charge")
        #expect(diff.before?.maxTransitions == 5)
        #expect(diff.after?.maxTransitions == 8)
    }

    @Test func stateCutOffBecomesUnreachableAndDiagnosticIsIntroduced() throws {
        // Route's rule now skips Review: Review can no longer run.
        let diff = try #require(F.diff(F.order, F.edited([("\"Next\": \"Review\"}]", "\"Next\": \"Charge\"}]")])))
        #expect(diff.becameUnreachable.map(\.name) == ["Review"])
        #expect(diff.removedTransitions.map { "\($0.from) → \($0.to) (\($0.label))" } == ["Route → Review (rule 1)"])
        #expect(diff.addedTransitions.map { "\($0.from) → \($0.to) (\($0.label))" } == ["Route → Charge (rule 1)"])
        #expect(diff.introduced.map { "\($0.ruleID) \($0.stateName ?? "")" } == ["state-unreachable Review"])
        #expect(diff.fixed.isEmpty)
        // And back: reachable again, the finding fixed.
        let back = try #require(F.diff(F.edited([("\"Next\": \"Review\"}]", "\"Next\": \"Charge\"}]")]), F.order))
        #expect(back.becameReachable.map(\.name) == ["Review"])
        #expect(back.fixed.map { "\($0.ruleID) \($0.stateName ?? "")" } == ["state-unreachable Review"])
        #expect(back.introduced.isEmpty)
    }

    /// A rule the team turned off introduces nothing in a PR report either.
    @Test func ruleSettingsApplyToBothVersions() throws {
        let head = F.edited([("\"Next\": \"Review\"}]", "\"Next\": \"Charge\"}]")])
        let quiet = DiffOptions(rules: RuleSettings(levels: ["state-unreachable": .off]))
        let diff = try #require(F.diff(F.order, head, options: quiet))
        #expect(diff.becameUnreachable.map(\.name) == ["Review"])
        #expect(diff.introduced.isEmpty)
    }

    @Test func movedStateKeepsItsFindingsAsOld() throws {
        // A Pass state with an unknown field keeps its finding when it moves to the end.
        let base = F.edited([("\"Failed\": {\"Type\": \"Fail\"}", "\"Failed\": {\"Type\": \"Fail\"}, \"Orphan\": {\"Type\": \"Pass\", \"End\": true}")])
        let head = F.edited([("\"Validate\": {", "\"Orphan\": {\"Type\": \"Pass\", \"End\": true},\n  \"Validate\": {")])
        let baseLoad = F.load(base), headLoad = F.load(head)
        let diff = RepositoryDiffer.diff(base: baseLoad, head: headLoad, baseLabel: "a", headLabel: "b")
        #expect(diff.machines.isEmpty)
        #expect(diff.unchangedCount == 1)
        // The key order changed, not the content: still compare the findings explicitly.
        let text = head + " "
        let again = try #require(F.diff(base, text.replacingOccurrences(of: "\"End\": true},\n  \"Validate\"", with: "\"End\": true, \"Comment\": \"x\"},\n  \"Validate\"")))
        #expect(again.introduced.isEmpty)
        #expect(again.fixed.isEmpty)
        #expect(again.changedStates.map(\.state.name) == ["Orphan"])
    }

    @Test func brokenBudgetOnlyWhenTheBaseKeptIt() throws {
        let options = DiffOptions(budgets: Budgets(maxDurationSeconds: 120, maxAttempts: 3))
        let diff = try #require(F.diff(F.order, F.edited([("\"TimeoutSeconds\": 30", "\"TimeoutSeconds\": 300")]), options: options))
        #expect(diff.brokenBudgets.map(\.budget) == ["max-duration"])
        // Already broken before: not the change's doing.
        let tight = DiffOptions(budgets: Budgets(maxDurationSeconds: 50))
        let again = try #require(F.diff(F.order, F.edited([("\"TimeoutSeconds\": 30", "\"TimeoutSeconds\": 300")]), options: tight))
        #expect(again.brokenBudgets.isEmpty)
    }

    @Test func renamedParallelKeepsItsBranchesMatched() throws {
        let base = """
            {"StartAt": "Fan", "States": {"Fan": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
              {"StartAt": "B", "States": {"B": {"Type": "Wait", "Seconds": 5, "End": true}}}]}}}
            """
        let head = base.replacingOccurrences(of: "\"Fan\"", with: "\"Fan out\"").replacingOccurrences(of: "\"Seconds\": 5", with: "\"Seconds\": 50")
        let diff = try #require(F.diff(base, head))
        #expect(diff.renamedStates.isEmpty)
        // Fan's content changed (its branch), so it is not a pure rename: removed and added,
        // and its branches with it.
        #expect(diff.removedStates.map(\.name) == ["Fan", "A", "B"])
        #expect(diff.addedStates.map { "\($0.name) in \($0.scope)" } == ["Fan out in machine", "A in branch 1 of Fan out", "B in branch 2 of Fan out"])
        let pure = try #require(F.diff(base, base.replacingOccurrences(of: "\"Fan\"", with: "\"Fan out\"")))
        #expect(pure.renamedStates.map { "\($0.oldName) → \($0.state.name)" } == ["Fan → Fan out"])
        #expect(pure.addedStates.isEmpty && pure.removedStates.isEmpty && pure.changedStates.isEmpty)
        let inner = try #require(F.diff(base, base.replacingOccurrences(of: "\"Seconds\": 5", with: "\"Seconds\": 50")))
        #expect(inner.changedStates.map { "\($0.state.name) in \($0.state.scope): \($0.fields.map(\.field))" } == ["B in branch 2 of Fan: [\"Seconds\"]"])
    }

    @Test func machineLevelFieldsWithStartAtFollowingARename() throws {
        let head = F.order.replacingOccurrences(of: "\"Validate\"", with: "\"Check\"")
            .replacingOccurrences(of: "{\"StartAt\"", with: "{\"TimeoutSeconds\": 3600, \"StartAt\"")
        let diff = try #require(F.diff(F.order, head))
        #expect(diff.machineFields == [FieldChange(field: "TimeoutSeconds", kind: .added, before: nil, after: "3600", line: 1)])
        #expect(diff.renamedStates.map(\.oldName) == ["Validate"])
    }
}
