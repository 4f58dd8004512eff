import ASLAnalysis
import Foundation
import TestSupport
import Testing

/// The README's worked example (`Golden/timing/order.asl.json`, 10 items assumed for Pick),
/// checked by hand:
/// - Charge: 1 + 2 attempts × 30 s + waits 3 s + 6 s = 99 s.
/// - Ship: slowest branch is Pick, ⌈10 / 2⌉ = 5 batches × 5 s = 25 s (Label: 20 s).
/// - Happy path 99 + 25 = 124 s; failing path Charge → Refund 60 s → Cool down 120 s = 279 s.
/// - Transitions: Charge 3 + Ship (1 + Label 1 + Pick 1 + 10) + Done 1 = 17 at most;
///   1 + 13 + 1 = 15 at least. Cost $0.000375 to $0.000425.
@Suite struct WorkedExampleTests {
    static func orderJSON() throws -> String {
        try String(contentsOf: SharedData.projectFile("Tests/ASLAnalysisTests/Golden/timing/order.asl.json"), encoding: .utf8)
    }

    @Test func orderMachine() throws {
        let assumptions = Assumptions(mapItems: ["Pick": 10])
        let r = try TimingFixtures.report(Self.orderJSON(), assumptions)
        #expect(r.worstSeconds == 279)
        #expect(r.binding == .path)
        #expect(TimingFixtures.names(r.worstPath) == ["Charge!>Refund", "Refund", "Cool down", "Failed"])
        #expect(r.worstPath.map(\.seconds) == [99, 60, 120, 0])
        #expect(r.states.first { $0.state == "Ship" }?.worstSeconds == 25)
        #expect(r.bestSeconds == 0)
        #expect(TimingFixtures.names(r.bestPath) == ["Charge", "Ship", "Done"])
        #expect(r.minTransitions == 15)
        #expect(r.maxTransitions == 17)
        #expect(r.maxAttempts == 3)
        #expect(r.maxAttemptsState == "Charge")
        let cost = CostEstimator.estimate(r, assumptions: assumptions)
        #expect(Dollars.format(cost.minDollars) == "$0.000375")
        #expect(Dollars.format(cost.maxDollars) == "$0.000425")
    }
}
