import Testing

@testable import ASLRender

/// `NodeIDs.baseSlug` reads bytes; these are the slugs the scalar-by-scalar rule gives.
@Suite struct NodeSlugTests {
    @Test func slugs() {
        #expect(NodeIDs.baseSlug("Fan out") == "fan-out")
        #expect(NodeIDs.baseSlug("  Fan--OUT 2 ") == "fan-out-2")
        #expect(NodeIDs.baseSlug("Zahlung prüfen") == "zahlung-pr-fen")
        #expect(NodeIDs.baseSlug("支払い") == "")
        #expect(NodeIDs.baseSlug("a\u{202E}b") == "a-b")
        #expect(NodeIDs.baseSlug(String(repeating: "a", count: 59) + " b") == String(repeating: "a", count: 59) + "-")
        #expect(NodeIDs.baseSlug(String(repeating: "Ab", count: 40)) == String(repeating: "ab", count: 30))
    }

    /// Two names with one slug both get a hash; a name in two scopes gets an id per scope.
    @Test func sharedSlugsAndRepeatedNames() {
        let ids = NodeIDs(states: [("/States", "Fan out"), ("/States", "Fan-out"), ("/States", "Solo"), ("/a", "Twice"), ("/b", "Twice")])
        #expect(ids.slug("Solo") == "solo")
        #expect(ids.slug("Fan out").hasPrefix("fan-out-") && ids.slug("Fan out").count == 16)
        #expect(ids.slug("Fan out") != ids.slug("Fan-out"))
        #expect(ids.slug("Twice", inScope: "/a") != ids.slug("Twice", inScope: "/b"))
        #expect(ids.slug("Solo", inScope: "/States") == "solo")
    }
}
