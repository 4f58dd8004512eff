import ASLSource
import Testing

@testable import ASLLoad

/// Members read through a twin of their arena are the same members: keys, key positions and
/// values (compared as values, down to the leaves), in a separate object.
@Suite struct LocatedNodeTwinTests {
    static let text = #"{"a": ["x", 1.5, {"b": true}], "c": null, "Long key of twenty+": {"e": "f\n"}, "n": -3}"#

    @Test func twinMembersEqualTheOriginals() throws {
        let root = try #require(JSONReader.parse(Self.text, file: "a.json").root)
        let members = try #require(root.members)
        let twin = members.readThroughTwin()
        #expect(twin == members)
        #expect(twin.count == 4)
        for index in members.indices {
            #expect(twin.key(at: index) == members.key(at: index))
            #expect(twin.keyPosition(at: index) == members.keyPosition(at: index))
            #expect(twin.value(at: index) == members.value(at: index))
            #expect(!twin.value(at: index).isSameStorage(as: members.value(at: index)))
            #expect(twin.value(at: index).kindName == members.value(at: index).kindName)
        }
        #expect(twin.value(forKey: "a")?.arrayValue?[2]["b"]?.boolValue == true)
        #expect(twin.value(forKey: "Long key of twenty+")?["e"]?.stringValue == "f\n")
        #expect(twin.value(forKey: "n")?.numberValue?.text == "-3")
    }

    @Test func membersMadeByCodeAreReturnedAsTheyAre() {
        let members = LocatedNode.Members([LocatedNode.Member(key: "k", keyPosition: SourcePosition(line: 1, column: 2), value: LocatedNode(.null, at: SourcePosition(line: 1, column: 7)))])
        let twin = members.readThroughTwin()
        #expect(twin == members)
        #expect(twin.value(at: 0).isSameStorage(as: members.value(at: 0)))
    }
}
