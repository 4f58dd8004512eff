import ASLAnalysis
import ASLLoad
import ASLModel
import ASLRender
import Foundation
import TestSupport
import Testing

/// Golden outputs of the README's worked example (numbers checked by hand in
/// `ASLAnalysisTests/Timing/WorkedExampleTests`) and of an unbounded Express machine.
@Suite struct TimingReportGoldenTests {
    private func analysed(_ relative: String, _ assumptions: Assumptions) throws -> (TimingReport, CostEstimate) {
        let text = try String(contentsOf: SharedData.projectFile(relative), encoding: .utf8)
        let root = try #require(JSONReader.parse(text, file: relative).root)
        let report = TimingAnalyzer.analyze(StateMachineBuilder.build(root), assumptions: assumptions)
        return (report, CostEstimator.estimate(report, assumptions: assumptions))
    }

    private let order = "Tests/ASLAnalysisTests/Golden/timing/order.asl.json"
    private let poll = "Tests/ASLAnalysisTests/Golden/timing/poll-express.asl.json"

    @Test func orderText() throws {
        let (report, cost) = try analysed(order, Assumptions(mapItems: ["Pick": 10]))
        let text = TimingTextRenderer.render(file: "order.asl.json", report: report, cost: cost)
        #expect(Golden.mismatch(text, golden: "timing/order.txt") == nil)
        #expect(TimingTextRenderer.render(file: "order.asl.json", report: report, cost: cost) == text)
    }

    @Test func orderMarkdown() throws {
        let (report, cost) = try analysed(order, Assumptions(mapItems: ["Pick": 10]))
        let text = TimingMarkdownRenderer.render(file: "order.asl.json", report: report, cost: cost)
        #expect(Golden.mismatch(text, golden: "timing/order.md") == nil)
    }

    @Test func orderJSON() throws {
        let (report, cost) = try analysed(order, Assumptions(mapItems: ["Pick": 10]))
        let text = TimingJSONRenderer.render(file: "order.asl.json", report: report, cost: cost)
        #expect(Golden.mismatch(text, golden: "timing/order.json") == nil)
    }

    /// 100 items: Ship takes ⌈100 / 2⌉ × 5 s = 250 s, so the happy path (99 + 250 = 349 s) is
    /// the worst, over Express's 5 minutes; 300 s are billed at 128 MB.
    @Test func orderAsExpressText() throws {
        let (report, cost) = try analysed(order, Assumptions(machineType: .express, mapItems: ["Pick": 100], expressMemoryMB: 128))
        #expect(report.worstSeconds == 349)
        let text = TimingTextRenderer.render(file: "order.asl.json", report: report, cost: cost)
        #expect(Golden.mismatch(text, golden: "timing/order-express.txt") == nil)
    }

    @Test func unboundedExpressText() throws {
        let (report, cost) = try analysed(poll, Assumptions(machineType: .express))
        let text = TimingTextRenderer.render(file: "poll-express.asl.json", report: report, cost: cost)
        #expect(Golden.mismatch(text, golden: "timing/poll-express.txt") == nil)
    }

    @Test func auditLines() throws {
        let text = try String(contentsOf: SharedData.projectFile(order), encoding: .utf8)
        let machine = StateMachineBuilder.build(try #require(JSONReader.parse(text, file: order).root))
        let budgets = Budgets(maxDurationSeconds: 240, maxAttempts: 2, maxTransitions: 500, maxCost: 0.01)
        let audits = [
            BudgetAudit.audit(file: "order.asl.json", machine: machine, budgets: budgets, assumptions: Assumptions()),
            BudgetAudit.audit(
                file: "order-10.asl.json", machine: machine, budgets: Budgets(maxDurationSeconds: 900),
                assumptions: Assumptions(mapItems: ["Pick": 10])),
        ]
        #expect(
            AuditTextRenderer.render(audits) == """
                order.asl.json: max-duration: worst case 1 h exceeds 4 min (the machine's TimeoutSeconds; the path alone: unbounded)
                order.asl.json: max-attempts: Charge can make 3 attempts, more than 2
                order.asl.json: max-transitions: state transitions are unbounded (Pick: Map item count is not in the definition; assume one with map-items)
                order.asl.json: max-cost: cost per execution is unbounded
                order-10.asl.json: ok (worst 4 min 39 s, at most 3 attempts per state, 17 transitions, $0.000425)
                1 of 2 machine(s) over budget

                """)
        #expect(BudgetAudit.exitCode(audits) == 1)
    }
}
