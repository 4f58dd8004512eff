@testable import ASLLoad
import ASLSource
import Testing

/// `SourceLines` splits by bytes; lines must be what splitting the text at LF gives, with the
/// CR of a CRLF dropped.
@Suite struct SourceLinesTests {
    func lines(_ text: String) -> [String] {
        let lines = SourceLines(text)
        return (1...lines.count).map { String(lines.line($0)!) }
    }

    @Test func splitsAtLineFeeds() {
        #expect(lines("") == [""])
        #expect(lines("a") == ["a"])
        #expect(lines("a\n") == ["a", ""])
        #expect(lines("a\n\nb") == ["a", "", "b"])
        #expect(lines("États: é\u{301}\n  – x\n") == ["États: é\u{301}", "  – x", ""])
        #expect(SourceLines("a\nb").line(3) == nil)
        #expect(SourceLines("a\nb").line(0) == nil)
    }

    @Test func dropsTheCarriageReturnOfCRLF() {
        #expect(lines("a\r\nb\r\n") == ["a", "b", ""])
        #expect(lines("a\r\r\nb\rc") == ["a\r", "b\rc"])
        let crlf = SourceLines("Resources:\r\n  Machine:\r\n    Type: X\r\n")
        #expect(crlf.count == 4)
        #expect(crlf.hasVerbatim("Type", at: SourcePosition(line: 3, column: 5)))
    }

    @Test func columnsCountScalarsOnTheSplitLines() {
        let lines = SourceLines("x: 1\nnäme: \"Ünïcode\"\n")
        #expect(lines.hasVerbatim("\"Ünïcode\"", at: SourcePosition(line: 2, column: 7)))
        #expect(!lines.hasVerbatim("\"Ünïcode\"", at: SourcePosition(line: 2, column: 6)))
    }
}

@Suite struct PlaceholderScanTests {
    @Test func findsTheOpeningByBytes() {
        #expect(PlaceholderSubstitution.hasPlaceholder("arn:${AWS::Region}"))
        #expect(PlaceholderSubstitution.hasPlaceholder("$${x}"))
        #expect(!PlaceholderSubstitution.hasPlaceholder("$ {x} { $"))
        #expect(!PlaceholderSubstitution.hasPlaceholder(""))
        #expect(!PlaceholderSubstitution.hasPlaceholder("€$"))
        #expect(PlaceholderSubstitution.apply(["A": "1"], to: "x${A}y$") == "x1y$")
    }
}
