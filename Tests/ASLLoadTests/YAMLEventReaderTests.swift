import ASLSource
import Testing

@testable import ASLLoad

/// libyaml's events read straight into the document arena: aliases, keys, tags and the
/// failures the reader itself finds.
@Suite struct YAMLEventReaderTests {
    private func read(_ text: String) -> ReadResult { YAMLReader.parse(text, file: "t.yaml") }

    private func located(_ result: ReadResult) -> [String] {
        result.diagnostics.map { "\($0.ruleID) \($0.position?.description ?? "-") \($0.message)" }
    }

    /// An alias is its anchor's node, at the anchor's position, as a copy would be.
    @Test func aliasesShareTheAnchoredNode() throws {
        let root = try #require(read("a: &x {k: [1, 2]}\nb: *x\nc: &s text\nd: *s\n").root)
        #expect(root["b"] == root["a"])
        #expect(root["b"]?.position.description == "1:4")
        #expect(root["b"]?["k"]?.arrayValue?.count == 2)
        #expect(root["d"]?.stringValue == "text")
    }

    @Test func anAliasOfAScalarCanBeAKey() throws {
        let root = try #require(read("names:\n  - &n Start\nStates:\n  *n : {Type: Pass, End: true}\n").root)
        #expect(root["States"]?.members?.map(\.key) == ["Start"])
        #expect(root["States"]?.members?.first?.keyPosition.description == "4:3")
    }

    @Test func undefinedAliasAndSecondDocumentAreSyntaxErrors() {
        #expect(located(read("a: *nowhere\n")) == ["yaml-syntax 1:4 found undefined alias"])
        #expect(
            located(read("a: 1\n---\nb: 2\n"))
                == ["yaml-syntax 2:1 but found another document (expected a single document in the stream at 1:1)"])
    }

    /// A complex key, written or through an alias, has no JSON form.
    @Test func keysMustBeScalars() {
        #expect(located(read("? [a, b]\n: 1\n")).map { $0.prefix(24) } == ["yaml-key-not-scalar 1:3 "])
        #expect(
            located(read("x: &m {a: 1}\ny:\n  *m : 2\n"))
                == ["yaml-key-not-scalar 3:3 a mapping key must be a string, not a mapping (YAML complex keys have no JSON equivalent)"])
    }

    /// Every repeat is reported against the first, and only the first value is kept.
    @Test func repeatedKeysEachReported() throws {
        let result = read("a: 1\nb: 2\na: 3\n'a': 4\n")
        #expect(
            located(result) == [
                "yaml-duplicate-key 3:1 duplicate key 'a'; the first value is kept and this one ignored",
                "yaml-duplicate-key 4:1 duplicate key 'a'; the first value is kept and this one ignored",
            ])
        #expect(result.diagnostics.map { $0.notes.map { $0.position?.description } } == [["1:1"], ["1:1"]])
        #expect(try #require(result.root)["a"]?.numberValue?.text == "1")
        #expect(result.root?.members?.count == 2)
    }

    /// Past 16 members a mapping's keys are found through a dictionary; repeats are still told.
    @Test func repeatedKeysInALargeMapping() throws {
        let text = (0..<40).map { "k\($0): \($0)\n" }.joined() + "k5: again\nk39: again\n"
        let result = read(text)
        #expect(result.diagnostics.map { "\($0.position?.description ?? "-") \($0.notes.map { $0.position?.description ?? "-" })" }
            == ["41:1 [\"6:1\"]", "42:1 [\"40:1\"]"])
        #expect(result.root?.members?.count == 40)
        #expect(result.root?["k5"]?.numberValue?.text == "5")
    }

    /// Other tags stay on their node; `!GetAtt` splits into resource and attribute with the
    /// attribute's column.
    @Test func tagsAndGetAtt() throws {
        let root = try #require(read("a: !Custom {k: 1}\nb: !GetAtt Fn.Arn.Path\n").root)
        #expect(root["a"]?.tag == "!Custom")
        let getAtt = try #require(root["b"]?["Fn::GetAtt"]?.arrayValue)
        #expect(getAtt.map(\.stringValue) == ["Fn", "Arn.Path"])
        #expect(getAtt.map { $0.contentStart?.description } == ["2:12", "2:15"])
        #expect(root["b"]?.tag == "!GetAtt")
    }

    /// A deep subtree used through an alias counts its height where it is used.
    @Test func aliasesCountTheirHeightAgainstTheDepthLimit() {
        let levels = 300
        let deep = String(repeating: "[", count: levels) + String(repeating: "]", count: levels)
        let text = "a: &d " + deep + "\nb:\n" + (0..<250).map { String(repeating: " ", count: 2 * $0 + 2) + "- " }.joined(separator: "\n") + "*d\n"
        let failure = read(text).diagnostics.last
        #expect(failure?.ruleID == LoadRuleID.yamlTooDeep)
    }
}
