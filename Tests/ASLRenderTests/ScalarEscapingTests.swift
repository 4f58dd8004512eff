import Testing

@testable import ASLRender

/// The byte-run escaper (`ScalarEscaping`) against the scalar-by-scalar loop it replaced, on
/// hostile text, and exact bytes for the cases a reader relies on.
@Suite struct ScalarEscapingTests {
    static let hostile: [String] = [
        "", "Plain name", "say \"hi\" \\N", "a\nb\r\nc", "<b>&amp;'x'</b>", "tab\there\u{0}nul\u{7F}del",
        "admin\u{202E}txt.exe", "\u{061C}\u{200E}\u{200F}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}",
        "not bidi: \u{2028}\u{2065}\u{206A}\u{2000}\u{0600}\u{063F}", "Zahlung prüfen · 支払い 🎉", "C1 \u{85} kept",
        "\u{FFFE}\u{FFFF}\u{FFFD}\u{F000}\u{FEFF}", "%% x; y | {z} [w] `q` #1", "ends with \\", "\"", "\u{202E}",
        "é\u{202E}é\u{FFFF}支\"", String(repeating: "long run ", count: 200) + "\u{2066}" + String(repeating: "x", count: 100),
    ]

    @Test(arguments: hostile)
    func fastPathMatchesScalarLoop(_ text: String) {
        #expect(DOTEscaper.quoted(text) == ScalarEscaping.escapedScalarByScalar(text, DOTEscaper.quotedReplacement))
        #expect(DOTEscaper.html(text) == ScalarEscaping.escapedScalarByScalar(text, DOTEscaper.htmlReplacement))
        #expect(MermaidEscaper.label(text) == ScalarEscaping.escapedScalarByScalar(text, MermaidEscaper.labelReplacement))
        var appended = "prefix "
        DOTEscaper.quotedEscaping.append(text, to: &appended)
        #expect(appended == "prefix " + DOTEscaper.quoted(text))
    }

    @Test func exactBytes() {
        #expect(Array(DOTEscaper.quoted("a\"b\\c\nd\re\u{1}f").utf8) == Array(#"a\"b\\c\nde f"#.utf8))
        #expect(DOTEscaper.html("<&>\"'\n") == "&lt;&amp;&gt;&quot;&#39;<BR/>")
        #expect(DOTEscaper.quoted("x\u{061C}y\u{2069}") == "x⟨U+61C⟩y⟨U+2069⟩")
        #expect(DOTEscaper.quoted("\u{FFFE}é\u{FFFF}") == "\u{FFFD}é\u{FFFD}")
        #expect(DOTEscaper.quoted("\u{2028}\u{2065}支\u{85}") == "\u{2028}\u{2065}支\u{85}")
        #expect(MermaidEscaper.label("a;b\u{202E}") == "a#59;b⟨U+202E⟩")
    }

    /// A text that needs no escaping comes back as the same string, not a copy.
    @Test func unchangedTextIsReturned() {
        let name = "Process payment · 支払い"
        #expect(DOTEscaper.quoted(name) == name)
        #expect(MermaidEscaper.label(name) == name)
    }

    @Test func markdownFastPathMatchesScalarLoop() {
        let texts = Self.hostile + ["# heading", "12. item", "3) item", "-dash", "+plus", "=eq", "1x", "name_with_underscores", "$5", "~x~"]
        for text in texts {
            #expect(MarkdownEscaper.inline(text) == MarkdownEscaper.escapeScalarByScalar(text, mayStartBlock: true), Comment(rawValue: text.debugDescription))
            #expect(MarkdownEscaper.cell(text) == MarkdownEscaper.escapeScalarByScalar(text, mayStartBlock: false), Comment(rawValue: text.debugDescription))
        }
    }
}

extension ScalarEscapingTests {
    @Test(arguments: hostile + ["arn:aws:lambda:us-east-1:1:function:f", "a`b", "``x", " lead", "trail ", "`\u{301}`"])
    func markdownCodeFastPathMatchesFlattening(_ text: String) {
        let flat = MarkdownEscaper.flattened(text)
        var longest = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") || flat.hasPrefix(" ") || flat.hasSuffix(" ") ? " " : ""
        #expect(MarkdownEscaper.code(text) == fence + pad + flat + pad + fence)
    }
}

extension ScalarEscapingTests {
    @Test func markdownCodeFencesAndPads() {
        #expect(MarkdownEscaper.code("arn:aws:lambda:us-east-1:1:function:f") == "`arn:aws:lambda:us-east-1:1:function:f`")
        #expect(MarkdownEscaper.code("a`b") == "``a`b``")
        #expect(MarkdownEscaper.code("``x") == "``` ``x ```")
        #expect(MarkdownEscaper.code(" lead") == "`  lead `")
        #expect(MarkdownEscaper.code("trail ") == "` trail  `")
    }
}
