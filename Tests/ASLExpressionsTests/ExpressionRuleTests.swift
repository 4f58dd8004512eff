import ASLExpressions
import ASLSource
import Testing

@Suite struct ExpressionRuleTests {
    @Test func idsAreUniqueKebabCaseWithSummaries() {
        let ids = ExpressionRule.allCases.map(\.rawValue)
        #expect(Set(ids).count == ids.count)
        for rule in ExpressionRule.allCases {
            #expect(rule.rawValue.allSatisfy { $0.isLowercase || $0 == "-" }, "\(rule.rawValue)")
            #expect(rule.summary.hasSuffix("."), "\(rule.rawValue)")
        }
    }

    @Test func defaultSeverities() {
        for rule in ExpressionRule.allCases {
            let warnings: Set<ExpressionRule> = [.jsonPathUnknownContextField, .intrinsicNestingTooDeep]
            #expect(rule.defaultSeverity == (warnings.contains(rule) ? .warning : .error), "\(rule.rawValue)")
        }
    }
}
