import ASLAnalysis
import Foundation
import TestSupport
import Testing

/// The pipeline the commands call: loader → model → timing, with the machine type from the
/// template unless the user gives one.
@Suite struct TimingRunnerTests {
    private let template = SharedData.projectFile("Samples/templates/cfn-definition-string.yaml").path

    /// BuildReport: 3 attempts × 120 s + 5 s + 10 s = 375 s; Notify 30 s: 405 s, over Express's 5 minutes.
    @Test func expressTypeComesFromTheTemplate() throws {
        let run = TimingRunner.analyze(paths: [template], assumptions: Assumptions())
        let machine = try #require(run.machines.first)
        #expect(machine.name.hasSuffix("cfn-definition-string.yaml#ReportMachine"))
        #expect(machine.report.machineType == .express)
        #expect(machine.report.worstSeconds == 405)
        #expect(machine.report.findings.map(\.ruleID) == ["express-over-5-minutes"])
        #expect(machine.report.minTransitions == 3)
        #expect(machine.report.maxTransitions == 6)
        #expect(machine.cost.billedMaxSeconds == 300)
    }

    /// A Map name that no machine has changes nothing: the user is told, with the near miss.
    @Test func assumptionsNamingNoStateAreReported() throws {
        let order = SharedData.projectFile("Tests/ASLAnalysisTests/Golden/timing/order.asl.json").path
        let assumptions = Assumptions(mapItems: ["pick": 3, "Pick": 10], loopBounds: ["Chrage": 2], stateSeconds: ["Ship": 5])
        let analysed = TimingRunner.analyze(paths: [order], assumptions: assumptions)
        let audited = TimingRunner.audit(paths: [order], budgets: Budgets(), assumptions: assumptions)
        let expected = [
            #"map-items names "pick", which is no Map state of the machines analysed, so it changes nothing; did you mean "Pick"?"#,
            #"loop-bound names "Chrage", which is no state of the machines analysed, so it changes nothing; did you mean "Charge"?"#,
            #"state-seconds names "Ship", which is no Task or Wait state of the machines analysed, so it changes nothing"#,
        ]
        for diagnostics in [analysed.diagnostics, audited.diagnostics] {
            #expect(diagnostics.map(\.ruleID) == Array(repeating: "assumption-unknown-state", count: 3))
            #expect(diagnostics.map(\.message) == expected)
            #expect(diagnostics.allSatisfy { $0.severity == .warning })
        }
    }

    @Test func userTypeWins() throws {
        let run = TimingRunner.analyze(paths: [template], assumptions: Assumptions(machineType: .standard))
        #expect(run.machines.first?.report.machineType == .standard)
        #expect(run.machines.first?.report.findings.isEmpty == true)
    }

    @Test func auditExitCodes() {
        let over = TimingRunner.audit(paths: [template], budgets: Budgets(maxDurationSeconds: 300), assumptions: Assumptions())
        #expect(over.exitCode == 1)
        #expect(over.audits.first?.breaches.map(\.budget) == ["max-duration"])
        let within = TimingRunner.audit(paths: [template], budgets: Budgets(maxDurationSeconds: 405), assumptions: Assumptions())
        #expect(within.exitCode == 0)
        let missing = TimingRunner.audit(paths: ["/nonexistent/x.asl.json"], budgets: Budgets(), assumptions: Assumptions())
        #expect(missing.exitCode == 2)
    }

    @Test func missingExplicitConfigIsAnError() {
        let config = TimingRunner.readConfig(path: "/nonexistent/.aslkit.yml")
        #expect(config.diagnostics.map(\.ruleID) == ["input-unreadable"])
    }

    @Test func yamlConfigFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-timing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(".aslkit.yml")
        try """
            machine-type: express
            map-items:
              Pick: 10
            budgets:
              max-duration: 15m
              require-timeouts: true
            """.write(to: file, atomically: true, encoding: .utf8)
        let config = TimingRunner.readConfig(path: file.path)
        #expect(config.diagnostics.isEmpty)
        #expect(config.assumptions == Assumptions(machineType: .express, mapItems: ["Pick": 10]))
        #expect(config.budgets == Budgets(maxDurationSeconds: 900, requireTimeouts: true))
    }
}
