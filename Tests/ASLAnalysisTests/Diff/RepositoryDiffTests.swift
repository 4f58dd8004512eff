import ASLAnalysis
import ASLLoad
import Testing

@Suite struct RepositoryDiffTests {
    typealias F = DiffFixtures

    private func load(_ files: [(String, String)]) -> LoadResult {
        var machines: [LoadedMachine] = [], diagnostics = LoadResult().diagnostics
        for (path, text) in files {
            let result = Loader.load(SourceText(path: path, text: text))
            machines += result.machines
            diagnostics += result.diagnostics
        }
        return LoadResult(machines: machines, diagnostics: diagnostics, filesScanned: files.count)
    }

    @Test func machinesMatchByRelativeFileAndRenamesFollowGit() {
        let changed = F.edited([("\"TimeoutSeconds\": 30", "\"TimeoutSeconds\": 300")])
        let base = load([("old/a.asl.json", F.order), ("old/gone.asl.json", F.order), ("old/same.asl.json", F.order), ("old/moved.asl.json", F.order)])
        let head = load([("new/a.asl.json", changed), ("new/same.asl.json", F.order), ("new/new.asl.json", F.order), ("new/renamed.asl.json", changed)])
        let diff = RepositoryDiffer.diff(
            base: base, head: head, baseLabel: "old", headLabel: "new",
            pairing: .init(baseRoot: "old", headRoot: "new", renames: ["moved.asl.json": "renamed.asl.json"]))
        #expect(diff.machines.map { "\($0.name) \($0.status.rawValue)" } == [
            "new/a.asl.json changed", "new/new.asl.json added", "new/renamed.asl.json changed", "old/gone.asl.json removed",
        ])
        #expect(diff.machines[2].baseName == "old/moved.asl.json")
        #expect(diff.unchangedCount == 1)
        #expect(diff.machines[1].after?.states == 5)
        #expect(diff.machines[3].before?.states == 5)
    }

    @Test func twoExplicitFilesPairWhateverTheirNames() {
        let diff = RepositoryDiffer.diff(
            base: F.load(F.order, file: "before.json"), head: F.load(F.edited([("\"TimeoutSeconds\": 30", "\"TimeoutSeconds\": 31")]), file: "after.json"),
            baseLabel: "before.json", headLabel: "after.json", pairing: .init(ignoreFiles: true))
        #expect(diff.machines.map(\.status) == [.changed])
        #expect(diff.machines[0].baseName == "before.json")
    }

    @Test func failOnNewErrorsAndBudgets() throws {
        let dangling = F.edited([("\"Default\": \"Charge\"", "\"Default\": \"Nowhere\"")])
        let diff = RepositoryDiffer.diff(base: F.load(F.order), head: F.load(dangling), baseLabel: "a", headLabel: "b")
        #expect(RepositoryDiffer.failures(diff, newErrors: true, budget: false))
        #expect(!RepositoryDiffer.failures(diff, newErrors: false, budget: true))
        let back = RepositoryDiffer.diff(base: F.load(dangling), head: F.load(F.order), baseLabel: "a", headLabel: "b")
        #expect(!RepositoryDiffer.failures(back, newErrors: true, budget: true))
        #expect(back.machines[0].fixed.contains { $0.severity == .error })
    }

    @Test func headThatNoLongerParsesIsANewError() {
        let diff = RepositoryDiffer.diff(base: F.load(F.order), head: F.load("{\"StartAt\": "), baseLabel: "a", headLabel: "b")
        #expect(diff.machines.map(\.status) == [.removed])
        #expect(diff.introducedLoadingProblems.map(\.severity) == [.error])
        #expect(RepositoryDiffer.failures(diff, newErrors: true, budget: false))
        // Broken on both sides: not the change's doing.
        let still = RepositoryDiffer.diff(base: F.load("{\"StartAt\": "), head: F.load("{\"StartAt\": "), baseLabel: "a", headLabel: "b")
        #expect(still.introducedLoadingProblems.isEmpty)
        #expect(!RepositoryDiffer.failures(still, newErrors: true, budget: true))
    }

    @Test func templateMachinesMatchByResourceName() {
        func template(_ a: String, _ b: String) -> String {
            """
            {"Resources": {
              "Orders": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {"Definition": \(a)}},
              "Refunds": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {"Definition": \(b)}}}}
            """
        }
        let slower = F.edited([("\"TimeoutSeconds\": 30", "\"TimeoutSeconds\": 300")])
        let diff = RepositoryDiffer.diff(
            base: F.load(template(F.order, F.order), file: "stack.json"), head: F.load(template(F.order, slower), file: "stack.json"),
            baseLabel: "a", headLabel: "b")
        #expect(diff.machines.map { "\($0.name) \($0.status.rawValue)" } == ["stack.json#Refunds changed"])
        #expect(diff.unchangedCount == 1)
        // Positions are the template's own lines.
        let head = template(F.order, slower).split(separator: "\n", omittingEmptySubsequences: false)
        let line = head.lastIndex { $0.contains("\"TimeoutSeconds\": 300") }.map { $0 + 1 }
        #expect(diff.machines[0].changedStates[0].fields[0].line == line)
        #expect(line == 11)
    }
}
