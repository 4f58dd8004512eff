import ASLSource
import Testing

@testable import ASLLoad

/// Views lent to a closure (`withMembers`, `withValue`, `withElements`, `withElement`) are the
/// views the returning accessors make, for nodes read from text and nodes made by code alike.
@Suite struct LocatedNodeLendingTests {
    static let text = #"{"a": ["x", 1, {"b": true}], "c": null, "d": {"e": "f"}}"#

    static func madeByCode() -> LocatedNode {
        func at(_ column: Int) -> SourcePosition { SourcePosition(line: 1, column: column) }
        return LocatedNode(
            .object([
                LocatedNode.Member(
                    key: "a", keyPosition: at(2),
                    value: LocatedNode(
                        .array([
                            LocatedNode(.string("x"), at: at(8)), LocatedNode(.number(NumberLiteral(text: "1")), at: at(13)),
                            LocatedNode(.object([LocatedNode.Member(key: "b", keyPosition: at(17), value: LocatedNode(.bool(true), at: at(22)))]), at: at(16)),
                        ]), at: at(7))),
                LocatedNode.Member(key: "c", keyPosition: at(30), value: LocatedNode(.null, at: at(35))),
                LocatedNode.Member(
                    key: "d", keyPosition: at(41),
                    value: LocatedNode(.object([LocatedNode.Member(key: "e", keyPosition: at(47), value: LocatedNode(.string("f"), at: at(52)))]), at: at(46))),
            ]), at: at(1))
    }

    static func roots() throws -> [LocatedNode] {
        [try #require(JSONReader.parse(text, file: "a.json").root), madeByCode()]
    }

    @Test func lentMembersAreTheMembers() throws {
        for root in try Self.roots() {
            let members = try #require(root.members)
            #expect(root.withMembers { $0 } == members)
            #expect(root.isObject)
            #expect(!root.isArray)
            for index in members.indices {
                #expect(members.withValue(at: index) { $0 } == members.value(at: index))
                #expect(members.withValue(at: index) { $0.position } == members[index].value.position)
            }
            #expect(members.withValue(at: 2) { $0.withMembers { $0?.key(at: 0) } } == "e")
            #expect(members.withValue(at: 1) { $0.withMembers { $0 } } == nil)
            #expect(members.withValue(at: 1) { $0.withElements { $0 } } == nil)
        }
    }

    @Test func lentElementsAreTheElements() throws {
        for root in try Self.roots() {
            let array = try #require(root["a"])
            let elements = try #require(array.arrayValue)
            #expect(array.withElements { $0 } == elements)
            #expect(array.isArray)
            #expect(!array.isObject)
            #expect(elements.indices.map { index in elements.withElement(at: index) { $0 } } == Array(elements))
            #expect(elements.withElement(at: 0) { $0.stringValue } == "x")
            #expect(elements.withElement(at: 2) { $0.isObject })
            #expect(elements.withElement(at: 2) { $0.withMembers { $0?.withValue(at: 0) { $0.boolValue } } } == true)
            #expect(root.withElements { $0 } == nil)
        }
    }

    /// The node read from text and the one made by code (without string starts) agree through
    /// the lent views too.
    @Test func readAndMadeAgree() throws {
        let roots = try Self.roots()
        let shapes = roots.map { root in
            root.withMembers { members in
                (members?.indices ?? 0..<0).map { index in
                    members!.withValue(at: index) { "\(members!.key(at: index)):\($0.kindName)@\($0.position.line):\($0.position.column)" }
                }
            }
        }
        #expect(shapes[0] == ["a:an array@1:7", "c:null@1:35", "d:an object@1:46"])
        #expect(shapes[0] == shapes[1])
    }

    /// `isString` is `stringValue != nil` for every kind of node, read or made.
    @Test func isStringIsHavingAStringValue() throws {
        for root in try Self.roots() {
            let a = try #require(root["a"]?.arrayValue)
            let nodes = [root, a[0], a[1], a[2], try #require(root["a"]), try #require(root["c"]), try #require(root["d"]?["e"]), try #require(a[2]["b"])]
            #expect(nodes.map(\.isString) == [false, true, false, false, false, false, true, false])
            #expect(nodes.map(\.isString) == nodes.map { $0.stringValue != nil })
        }
    }
}
