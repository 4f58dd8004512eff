@testable import ASLAnalysis
import ASLLoad
import Testing

@Suite struct NodeComparisonTests {
    private func node(_ text: String) throws -> LocatedNode {
        try #require(JSONReader.parse(text, file: "x.json").root)
    }

    @Test func equalityIgnoresKeyOrderPositionsAndNumberSpelling() throws {
        #expect(NodeEquality.equal(try node(#"{"a": 1, "b": [true, null]}"#), try node("{\n\"b\": [true, null],\n \"a\": 1.0}")))
        #expect(!NodeEquality.equal(try node(#"{"a": 1}"#), try node(#"{"a": "1"}"#)))
        #expect(!NodeEquality.equal(try node(#"[1, 2]"#), try node(#"[2, 1]"#)))
        let wide = (0..<20).map { "\"k\($0)\": \($0)" }
        #expect(NodeEquality.equal(try node("{" + wide.joined(separator: ",") + "}"), try node("{" + wide.reversed().joined(separator: ",") + "}")))
        #expect(!NodeEquality.equal(try node("{" + wide.joined(separator: ",") + "}"), try node("{" + wide.dropLast().joined(separator: ",") + ", \"k19\": 0}")))
    }

    @Test func canonicalTextSortsKeysAndEscapes() throws {
        #expect(CanonicalJSON.text(try node(#"{"b": "x\"y\n", "a": [1.0, 2.5]}"#)) == #"{"a":[1,2.5],"b":"x\"y\n"}"#)
    }

    @Test func arrayAlignmentPairsEqualElementsAndPositionsTheRest() throws {
        let base = try #require(try node("[1, 2, 3]").arrayValue), head = try #require(try node("[0, 1, 9, 3]").arrayValue)
        let pairs = NodeDiff.align(base, head).map { "\($0.0.map(String.init) ?? "-")/\($0.1.map(String.init) ?? "-")" }
        #expect(pairs == ["-/0", "0/1", "1/2", "2/3"])
    }

    @Test func valuesNestedToTheReaderLimit() throws {
        let depth = 500  // the reader refuses more than 512 levels
        let text = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
        let other = String(repeating: "[", count: depth) + "2" + String(repeating: "]", count: depth)
        let (a, b) = (try node(text), try node(other))
        #expect(!NodeEquality.equal(a, b))
        #expect(NodeDiff.changes(base: a, head: b).count == 1)
        #expect(CanonicalJSON.text(a).count == 2 * depth + 1)
    }
}
