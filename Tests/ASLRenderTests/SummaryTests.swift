import ASLLoad
import ASLModel
import ASLSource
@testable import ASLRender
import Testing

@Suite struct SummaryTests {
    @Test func conditions() {
        let gt = ChoiceCondition.comparison(variable: "$.amount", operator: "NumericGreaterThan", operand: "100")
        let present = ChoiceCondition.comparison(variable: "$.x", operator: "IsPresent", operand: "true")
        let tier = ChoiceCondition.comparison(variable: "$.tier", operator: "StringEqualsPath", operand: "$.gold")
        #expect(ConditionSummary.text(gt) == "$.amount > 100")
        #expect(ConditionSummary.text(.not(present)) == "not $.x present")
        #expect(ConditionSummary.text(.and([gt, .or([present, tier])])) == "$.amount > 100 and ($.x present or $.tier == $.gold)")
        #expect(ConditionSummary.text(.jsonata("{% $total >= 150 %}")) == "$total >= 150")
        #expect(ConditionSummary.text(.comparison(variable: "$.n", operator: "NumericLessThanEquals", operand: "3")) == "$.n ≤ 3")
        #expect(ConditionSummary.text(.malformed) == "(invalid rule)")
        #expect(ConditionSummary.short(.and(Array(repeating: gt, count: 5)), limit: 20) == "$.amount > 100 and…")
    }

    @Test func deeplyNestedConditionDoesNotRecurse() {
        var condition = ChoiceCondition.comparison(variable: "$.x", operator: "IsNull", operand: "true")
        for _ in 0..<50_000 { condition = .not(condition) }
        #expect(ConditionSummary.text(condition).hasSuffix("not $.x is null"))
    }

    @Test func retrySummaryAddsRetriersAndCapsDelays() {
        let node = LocatedNode(.null, at: SourcePosition(line: 1, column: 1))
        let a = Retrier(errorEquals: [], intervalSeconds: 1, maxAttempts: 3, backoffRate: 2, maxDelaySeconds: nil, jitter: .none, index: 0, node: node)
        let b = Retrier(errorEquals: [], intervalSeconds: 3, maxAttempts: 2, backoffRate: 2, maxDelaySeconds: 4, jitter: .full, index: 1, node: node)
        let summary = RetrySummary(retriers: [a, b])
        #expect(summary.maxRetries == 5)
        #expect(summary.maxWaitSeconds == 7 + 3 + 4)
        #expect(summary.badge == "↻ ×5, ≤ 14 s")
        #expect(RetrySummary(retriers: [a]).badge == "↻ ×3, ≤ 7 s")
    }

    /// What invalid files hold (found by running `render` over the corpus): a negative
    /// `MaxAttempts`, and backoff over 123 attempts, whose wait no `Int` holds.
    @Test func retrySummaryOfImpossibleRetriers() {
        let node = LocatedNode(.null, at: SourcePosition(line: 1, column: 1))
        let negative = Retrier(errorEquals: [], intervalSeconds: 1, maxAttempts: -1, backoffRate: 2, maxDelaySeconds: nil, jitter: .none, index: 0, node: node)
        let huge = Retrier(errorEquals: [], intervalSeconds: 1, maxAttempts: 123, backoffRate: 2, maxDelaySeconds: nil, jitter: .none, index: 1, node: node)
        let most = Retrier(errorEquals: [], intervalSeconds: 1, maxAttempts: .max, backoffRate: 2, maxDelaySeconds: nil, jitter: .none, index: 2, node: node)
        #expect(RetrySummary(retriers: [negative]).badge == "↻ ×0, ≤ 0 s")
        #expect(RetrySummary(retriers: [huge]).badge == "↻ ×123, ≤ 3.37e+29 y")
        #expect(RetrySummary(retriers: [huge, most]).maxRetries == .max)
        #expect(RetrySummary(retriers: [huge, most]).badge == "↻ ×\(Int.max), ≤ unbounded")
    }

    @Test func durations() {
        #expect(Abbreviation.duration(seconds: 45) == "45 s")
        #expect(Abbreviation.duration(seconds: 67) == "1 min 7 s")
        #expect(Abbreviation.duration(seconds: 7200) == "2 h")
        #expect(Abbreviation.duration(seconds: 172_800) == "2 d")
        #expect(Abbreviation.duration(seconds: 90_061) == "1 d 1 h")
        #expect(Abbreviation.duration(seconds: 1e30) == "3.17e+22 y")
        #expect(Abbreviation.duration(seconds: -1e30) == "-1e+30 s")
        #expect(Abbreviation.duration(seconds: -2.5) == "-2.5 s")
        #expect(Abbreviation.duration(seconds: .infinity) == "unbounded")
    }

    @Test func nodeIDsAreSlugsAndUniqueUnderPunctuation() {
        let ids = NodeIDs(names: ["Fan out", "Fan-out", "Charge card", "→", "Größe"])
        #expect(ids.stateID("Charge card") == "state-charge-card")
        #expect(ids.stateID("Fan out") != ids.stateID("Fan-out"))
        #expect(ids.stateID("Fan out").hasPrefix("state-fan-out-"))
        #expect(ids.stateID("→").count == "state-".count + 8)
        #expect(ids.stateID("Größe").hasPrefix("state-gr-e"))
        #expect(NodeIDs(names: ["Fan-out", "Fan out"]).stateID("Fan out") == ids.stateID("Fan out"))
    }
}
