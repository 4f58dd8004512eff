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

    @Test func peerTableIsFresh() throws {
        let readme = try String(contentsOf: SharedData.projectFile("README.md"), encoding: .utf8)
        let table = try #require(Self.section("peers", in: readme), "README.md has no <!-- peers:begin --> section")
        #expect(table == RuleTable.peerMarkdown(PeerInventory.checks), "The README's peer table is stale: run `swift run aslkit rules --peers` and paste its output between the peers markers.")
    }

    /// Every inventory row names rules that exist, or says why aslkit has none.
    @Test func everyPeerCheckIsCoveredOrExplained() {
        let ids = Set(RuleCatalogue.allRules.map(\.id))
        for check in PeerInventory.checks {
            #expect(check.rules.allSatisfy(ids.contains), "\(check.peer.rawValue) \(check.check): \(check.rules.filter { !ids.contains($0) })")
            #expect(!check.rules.isEmpty || !(check.difference ?? "").isEmpty, "\(check.peer.rawValue) \(check.check) has neither a rule nor a reason")
        }
        #expect(Set(PeerInventory.checks.map(\.peer)) == Set(PeerInventory.Peer.allCases))
    }
}
