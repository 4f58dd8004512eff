import Testing

@testable import ASLRender

/// The shortcuts for text that needs no work give what the full loops give.
@Suite struct LabelShortcutTests {
    @Test func cutCountsScalarsNotBytes() {
        let ascii = String(repeating: "a", count: 120)
        #expect(LabelLimits.cut(ascii, 120) == ascii)
        #expect(LabelLimits.cut(ascii + "b", 120) == String(repeating: "a", count: 119) + "…")
        // 121 bytes but 61 scalars: kept.
        let wide = String(repeating: "é", count: 60) + "x"
        #expect(LabelLimits.cut(wide, 120) == wide)
        #expect(LabelLimits.cut(String(repeating: "é", count: 121), 120) == String(repeating: "é", count: 119) + "…")
    }

    @Test func abbreviationKeepsShortLines() {
        #expect(Abbreviation.cut("States.ALL", limit: 24) == "States.ALL")
        #expect(Abbreviation.cut("a\u{2028}b", limit: 24) == "a b")
        #expect(Abbreviation.cut("a\u{85}b", limit: 24) == "a b")
        #expect(Abbreviation.cut("\nlead", limit: 24) == "lead")
        #expect(Abbreviation.cut("twenty-five characters xx", limit: 24) == "twenty-five characters…")
    }

    @Test func wrapSplitsOnlyAtSpacesAndNewlines() {
        #expect(DOTAttributes.wrap("ProcessPayment") == ["ProcessPayment"])
        #expect(DOTAttributes.wrap("") == [""])
        #expect(DOTAttributes.wrap("a\nb") == ["a", "b"])
        #expect(DOTAttributes.wrap("Validate the incoming order request") == ["Validate the incoming", "order request"])
    }
}
