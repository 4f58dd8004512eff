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

    /// Ids are kept made, one per name, and are `state-` and the slug whichever way they are
    /// asked for, for names given, names not given, shared slugs and repeated names.
    @Test func idsAreStatePrefixedSlugs() {
        let ids = NodeIDs(states: [("/States", "Fan out"), ("/States", "Fan-out"), ("/States", "支払い"), ("/a", "Twice"), ("/b", "Twice")])
        for name in ["Fan out", "Fan-out", "支払い", "Twice", "Never given"] {
            #expect(ids.stateID(name) == "state-" + ids.slug(name))
            for scope in ["/States", "/a", "/b"] {
                #expect(ids.stateID(name, inScope: scope) == "state-" + ids.slug(name, inScope: scope))
            }
        }
        #expect(ids.stateID("Fan out").hasPrefix("state-fan-out-") && ids.stateID("Never given").hasPrefix("state-never-given-"))
        #expect(ids.stateID("Twice", inScope: "/a") != ids.stateID("Twice", inScope: "/b"))
        #expect(ids.stateID("支払い").count == "state-".count + 8)
    }
}
