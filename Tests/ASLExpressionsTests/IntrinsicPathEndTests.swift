import ASLExpressions
import Testing

/// Found by the `expressions` fuzz target: a path argument ending in a backslash inside an
/// open quote (`$['\`) moved the parser one scalar past the end of the string, so the syntax
/// error pointed past the string (offset 17 of a 16-scalar text, a column beyond the value).
@Suite struct IntrinsicPathEndTests {
    @Test func aTrailingBackslashInAQuotedPathStaysInsideTheString() {
        let text = #"States.Hash($['\"#
        #expect(text.unicodeScalars.count == 16)
        let check = IntrinsicChecker.check(text)
        #expect(ruleOffsets(check.findings) == ["intrinsic-syntax@16"])
        #expect(check.findings.first?.message == "expected ',' or ')' in the arguments of 'States.Hash'")
    }

    @Test func aTrailingBackslashInADoubleQuotedFilter() {
        let text = #"States.Array($.a[?(@.b == "\"#
        #expect(text.unicodeScalars.count == 28)
        #expect(ruleOffsets(IntrinsicChecker.check(text).findings) == ["intrinsic-syntax@28"])
    }
}
