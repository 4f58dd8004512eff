import ASLAnalysis
import ASLRender
import Foundation
import TestSupport
import Testing

/// Generated parts of the README must match what the code generates today.
@Suite struct ReadmeFreshnessTests {
    static func section(_ name: String, in text: String) -> String? {
        guard let start = text.range(of: "<!-- \(name):begin -->\n"), let end = text.range(of: "<!-- \(name):end -->") else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }

    @Test func ruleTableIsFresh() throws {
        let readme = try String(contentsOf: SharedData.projectFile("README.md"), encoding: .utf8)
        let table = try #require(Self.section("rules", in: readme), "README.md has no <!-- rules:begin --> section")
        #expect(table == RuleTable.markdown(RuleCatalogue.allRules), "The README's rule table is stale: run `swift run aslkit rules` and paste its output between the rules markers.")
    }
}
