import ASLSource
import ASLAnalysis
import Testing

@Suite struct StatePathAbbreviationTests {
    private func names(_ range: Range<Int>) -> [String] { range.map { "S\($0)" } }

    @Test func shortPathsAreWhole() {
        let short = StatePathAbbreviation(limit: 5, ends: 2)
        #expect(short.text(names(0..<5)) == "S0 → S1 → S2 → S3 → S4")
        #expect(short.text([]) == "")
    }

    @Test func longPathsKeepTheEnds() {
        let text = StatePathAbbreviation(limit: 5, ends: 2).text(names(0..<5_000))
        #expect(text == "S0 → S1 → … 4,996 states … → S4998 → S4999")
    }

    @Test func markedStatesAreKeptWhileThereIsRoom() {
        let abbreviation = StatePathAbbreviation(limit: 7, ends: 2)
        // Three marked states fit beside the ends; the fourth is counted in its gap.
        let text = abbreviation.text(names(0..<100), marked: ["S10", "S11", "S50", "S90", "S12"])
        #expect(text == "S0 → S1 → … 8 states … → S10 → S11 → S12 → … 85 states (2 changed) … → S98 → S99")
    }

    @Test func aGapOfOneStateShowsTheState() {
        let text = StatePathAbbreviation(limit: 5, ends: 2).text(names(0..<30), marked: ["S3"])
        #expect(text == "S0 → S1 → S2 → S3 → … 24 states … → S28 → S29")
    }

    @Test func piecesForRenderers() {
        let pieces = StatePathAbbreviation(limit: 3, ends: 1).pieces(["a", "b", "c", "d"], marked: ["c"])
        #expect(pieces == [.state("a"), .state("b"), .state("c"), .state("d")])
        let longer = StatePathAbbreviation(limit: 3, ends: 1).pieces(["a", "b", "x", "c", "d"], marked: ["c"])
        #expect(longer == [.state("a"), .gap(count: 2, marked: 0), .state("c"), .state("d")])
    }

    @Test func groupedNumbers() {
        #expect(DigitGrouping.grouped(0) == "0")
        #expect(DigitGrouping.grouped(999) == "999")
        #expect(DigitGrouping.grouped(1_000) == "1,000")
        #expect(DigitGrouping.grouped(-1_234_567) == "-1,234,567")
    }
}
