import ASLAnalysis
import ASLLoad
import ASLSource
import Testing

/// Every rule's own examples are its first tests: the triggering ones must report it, the
/// passing ones must not.
@Suite struct RuleCatalogueTests {
    static let validationRules = RuleCatalogue.rules

    func diagnostics(_ text: String, express: Bool) -> [Diagnostic] {
        let read = JSONReader.parse(text, file: "example.asl.json")
        guard let root = read.root else { return read.diagnostics }
        return read.diagnostics + Validator.validate(definition: root, file: "example.asl.json", isExpress: express)
    }

    @Test(arguments: validationRules)
    func triggeringExamplesReport(rule: RuleDescription) {
        #expect(!rule.triggering.isEmpty, "\(rule.id) has no triggering example")
        for example in rule.triggering {
            let found = diagnostics(example, express: rule.examplesAreExpress)
            #expect(found.contains { $0.ruleID == rule.id }, "\(rule.id) did not fire on \(example); got \(found.map(\.ruleID))")
        }
    }

    @Test(arguments: validationRules)
    func passingExamplesStaySilent(rule: RuleDescription) {
        #expect(!rule.passing.isEmpty, "\(rule.id) has no passing example")
        for example in rule.passing {
            let found = diagnostics(example, express: rule.examplesAreExpress)
            #expect(!found.contains { $0.ruleID == rule.id }, "\(rule.id) fired on its passing example \(example): \(found.map(\.message))")
            #expect(!found.contains { $0.severity == .error && $0.ruleID.hasPrefix("json-") }, "example is not valid JSON: \(example)")
        }
    }

    @Test(arguments: RuleCatalogue.allRules.filter { $0.category == .input && !$0.triggering.isEmpty })
    func inputRulesFireThroughTheReader(rule: RuleDescription) {
        for example in rule.triggering {
            let found = JSONReader.parse(example, file: "x.json").diagnostics
            #expect(found.contains { $0.ruleID == rule.id }, "\(rule.id) did not fire; got \(found.map(\.ruleID))")
        }
    }

    @Test func ruleIDsAreUniqueAndKebabCase() {
        let ids = RuleCatalogue.allRules.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(id) is not kebab-case")
        }
    }
}

extension RuleDescription: CustomTestStringConvertible {
    public var testDescription: String { id }
}
