import ASLAnalysis
import ASLLoad
import Testing

@Suite struct AuditTests {
    private let json = """
        {"StartAt": "Charge", "States": {
          "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 300, "Next": "Notify",
            "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 5, "IntervalSeconds": 2}]},
          "Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true}}}
        """

    private func audit(_ budgets: Budgets, _ assumptions: Assumptions = Assumptions()) throws -> MachineAudit {
        BudgetAudit.audit(file: "pay.asl.json", machine: try TimingFixtures.machine(json), budgets: budgets, assumptions: assumptions)
    }

    /// Charge: 6 attempts × 300 s + (2 + 4 + 8 + 16 + 32) s = 1862 s; Notify has no timeout.
    @Test func eachBrokenBudgetIsOneBreach() throws {
        let a = try audit(
            Budgets(maxDurationSeconds: 900, maxAttempts: 5, maxTransitions: 500, maxCost: 0.01, requireTimeouts: true))
        #expect(a.breaches.map(\.budget) == ["max-duration", "max-attempts", "require-timeouts"])
        #expect(a.breaches[0].message.hasPrefix("worst case is unbounded (Notify: Task has no TimeoutSeconds"))
        #expect(a.breaches[1].message == "Charge can make 6 attempts, more than 5")
        #expect(a.breaches[2].message == "1 Task without a literal TimeoutSeconds: Notify")
        #expect(BudgetAudit.exitCode([a]) == 1)
    }

    @Test func assumedTimeoutMakesTheDurationBounded() throws {
        let a = try audit(Budgets(maxDurationSeconds: 900), Assumptions(stateSeconds: ["Notify": 10]))
        #expect(a.report.worstSeconds == 1872)
        #expect(a.breaches.map(\.message) == ["worst case 31 min 12 s exceeds 15 min (path: Charge → Notify)"])
        let fine = try audit(Budgets(maxDurationSeconds: 3600, maxAttempts: 6, maxTransitions: 7, maxCost: 0.000175),
                             Assumptions(stateSeconds: ["Notify": 10]))
        #expect(fine.passed)
        #expect(BudgetAudit.exitCode([fine]) == 0)
        let dear = try audit(Budgets(maxTransitions: 6, maxCost: 0.00017), Assumptions(stateSeconds: ["Notify": 10]))
        #expect(dear.breaches.map(\.message) == [
            "up to 7 state transitions, more than 6", "up to $0.000175 per execution, more than $0.00017",
        ])
    }

    @Test func durationsParseWithUnits() {
        #expect(DurationText.seconds("90s") == 90)
        #expect(DurationText.seconds("15m") == 900)
        #expect(DurationText.seconds("2h") == 7200)
        #expect(DurationText.seconds("1d") == 86_400)
        #expect(DurationText.seconds("45") == 45)
        #expect(DurationText.seconds("1.5h") == 5400)
        #expect(DurationText.seconds("m") == nil)
        #expect(DurationText.seconds("-3s") == nil)
        #expect(DurationText.seconds("3w") == nil)
    }

    @Test func configFileSettings() throws {
        let text = """
            {"machine-type": "express", "express-memory-mb": 128, "price-per-1000-transitions": 0.0279,
             "map-items": {"Each": 12}, "loop-bounds": {"Poll": 4}, "state-seconds": {"Notify": 10},
             "budgets": {"max-duration": "15m", "max-attempts": 10, "max-transitions": 500, "max-cost": 0.01, "require-timeouts": true},
             "colour": "blue"}
            """
        let root = try #require(JSONReader.parse(text, file: ".aslkit.yml").root)
        let config = AssumptionsConfig(document: root, file: ".aslkit.yml")
        #expect(config.assumptions.machineType == .express)
        #expect(config.assumptions.expressMemoryMB == 128)
        #expect(abs((config.assumptions.pricePerTransition ?? 0) - 0.0000279) < 1e-15)
        #expect(config.assumptions.mapItems == ["Each": 12])
        #expect(config.assumptions.loopBounds == ["Poll": 4])
        #expect(config.assumptions.stateSeconds == ["Notify": 10])
        #expect(config.budgets == Budgets(maxDurationSeconds: 900, maxAttempts: 10, maxTransitions: 500, maxCost: 0.01, requireTimeouts: true))
        #expect(config.diagnostics.map(\.message) == ["'colour' is not a setting"])
        #expect(config.diagnostics.first?.position?.line == 4)
    }

    /// Flags override the config file where they are given, and only there.
    @Test func flagsOverrideConfig() {
        let file = Assumptions(machineType: .express, mapItems: ["A": 1, "B": 2], expressMemoryMB: 128, pricePerTransition: 0.1)
        let flags = Assumptions(mapItems: ["B": 3], pricePerTransition: 0.2)
        let merged = file.merging(flags)
        #expect(merged == Assumptions(machineType: .express, mapItems: ["A": 1, "B": 3], expressMemoryMB: 128, pricePerTransition: 0.2))
        let budgets = Budgets(maxDurationSeconds: 60, maxAttempts: 3).merging(Budgets(maxAttempts: 5, requireTimeouts: true))
        #expect(budgets == Budgets(maxDurationSeconds: 60, maxAttempts: 5, requireTimeouts: true))
    }
}
