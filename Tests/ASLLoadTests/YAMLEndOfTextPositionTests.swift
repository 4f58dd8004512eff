import ASLLoad
import ASLSource
import Testing

/// Found by the `yaml` fuzz target: at the end of a text without a final line break, libyaml
/// reports the line after the last one, so a `yaml-syntax` finding, or an empty value completed
/// there, pointed at a line the file does not have (and a GitHub annotation there is not
/// shown). They now point just past the last character.
@Suite struct YAMLEndOfTextPositionTests {
    private func error(_ text: String) throws -> Diagnostic {
        let result = YAMLReader.parse(text, file: "t.yaml")
        #expect(result.root == nil)
        return try #require(result.diagnostics.first)
    }

    @Test func anErrorAtTheEndPointsPastTheLastCharacter() throws {
        let diagnostic = try error("a: [1, 2")
        #expect(diagnostic.ruleID == "yaml-syntax")
        #expect(diagnostic.position == SourcePosition(line: 1, column: 9))
        #expect(diagnostic.message == "did not find expected ',' or ']' (while parsing a flow sequence at 1:4)")
    }

    @Test func lastLineAfterCRLFAndColumnsInScalars() throws {
        let diagnostic = try error("a: [1,\r\n  \"é\", 2")
        #expect(diagnostic.position == SourcePosition(line: 2, column: 9))
    }

    /// With a final line break the empty line after it exists in every editor: kept as is.
    @Test func afterAFinalLineBreakTheEmptyLastLineStays() throws {
        let diagnostic = try error("a: [1, 2\n")
        #expect(diagnostic.position == SourcePosition(line: 2, column: 1))
    }

    /// The fuzzer's input, shortened: a template cut off inside a flow mapping.
    @Test func aTruncatedTemplate() throws {
        let text = "{\n  \"Resources\": {\n    \"M\": {\n      \"Properties\": [\n        {\n            "
        let diagnostic = try error(text)
        #expect(diagnostic.position == SourcePosition(line: 6, column: 13))
    }

    /// A complex key without a value as the last line: the empty value's node.
    @Test func anEmptyValueAtTheEndPointsPastTheLastCharacter() throws {
        let result = YAMLReader.parse("a: b\n? c", file: "t.yaml")
        #expect(result.diagnostics.isEmpty)
        let members = try #require(result.root?.members)
        #expect(members.map(\.key) == ["a", "c"])
        #expect(members[1].keyPosition == SourcePosition(line: 2, column: 3))
        #expect(members[1].value.value == .null)
        #expect(members[1].value.position == SourcePosition(line: 2, column: 4))
    }
}
