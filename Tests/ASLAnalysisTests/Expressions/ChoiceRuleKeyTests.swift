@testable import ASLAnalysis
import Testing

/// `ChoiceRuleKey` sorts keys as the string switch it replaced did.
@Suite struct ChoiceRuleKeyTests {
    @Test func eachKeyIsClassifiedAsTheSwitchDid() {
        #expect(ChoiceRuleKey("And") == .andOr)
        #expect(ChoiceRuleKey("Or") == .andOr)
        #expect(ChoiceRuleKey("Not") == .not)
        #expect(ChoiceRuleKey("Variable") == .operand)
        #expect(ChoiceRuleKey("StringEqualsPath") == .operand)
        #expect(ChoiceRuleKey("TimePath") == .operand)
        for key in ["", "O", "Ok", "Nor", "and", "StringEquals", "Next", "Variablf", "Assign", "Path", "BooleanEquals"] {
            #expect(ChoiceRuleKey(key) == (key == "Path" ? .operand : .other), "\(key)")
        }
    }
}
