import ASLGraphviz
import ASLRender
import Testing

/// Found by the `diagram` fuzz target's HTML label check: a state name holding U+FFFE or
/// U+FFFF (which JSON and YAML allow) went as is into the DOT's HTML-like labels and tooltips.
/// XML forbids both, so Graphviz refused the label ("not well-formed (invalid token) … in
/// label of node") and, once that was escaped, the tooltip made the SVG unreadable XML. Every
/// escaper now writes them as U+FFFD.
@Suite struct NoncharacterLabelTests {
    static let machineJSON = #"""
        {"StartAt": "Check\uFFFE", "States": {
          "Check\uFFFE": {"Type": "Pass", "Next": "Done\uFFFF"},
          "Done\uFFFF": {"Type": "Succeed"}}}
        """#

    @Test func everyEscaperReplacesBothNoncharacters() {
        #expect(DOTEscaper.html("a\u{FFFE}b\u{FFFF}c") == "a\u{FFFD}b\u{FFFD}c")
        #expect(DOTEscaper.quoted("a\u{FFFE}b\u{FFFF}") == "a\u{FFFD}b\u{FFFD}")
        #expect(MermaidEscaper.label("a\u{FFFE}") == "a\u{FFFD}")
    }

    @Test func graphvizDrawsTheMachine() throws {
        let dot = DOTWriter().write(Fixtures.machine(Self.machineJSON))
        let svg = try GraphvizRenderer().render(dot: dot, format: .svg)
        let states = try SVGStructure.parse(svg.bytes).filter { $0.classes.contains("node") && $0.classes.contains("state") }
        #expect(states.count == 2)
        let text = String(decoding: svg.bytes, as: UTF8.self)
        #expect(text.contains("Check\u{FFFD}"))
        #expect(!text.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF })
    }
}
