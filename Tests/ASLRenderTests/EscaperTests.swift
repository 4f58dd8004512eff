import ASLRender
import Testing

@Suite struct EscaperTests {
    @Test func dotQuoted() {
        #expect(DOTEscaper.quoted(#"say "hi" \N"#) == #"say \"hi\" \\N"#)
        #expect(DOTEscaper.quoted("a\nb\r\u{7}") == #"a\nb "#)
        #expect(DOTEscaper.quoted("ends with \\") == #"ends with \\"#)
    }

    @Test func terminalLine() {
        #expect(TerminalText.line("Charge\u{1B}[31m\nFake: ok") == #"Charge\u{1B}[31m\nFake: ok"#)
        #expect(TerminalText.line("admin\u{202E}txt.exe\u{2066}x\u{2069}") == #"admin\u{202E}txt.exe\u{2066}x\u{2069}"#)
        #expect(TerminalText.line("Zahlung prüfen · 支払い") == "Zahlung prüfen · 支払い")
    }

    /// A bidirectional override in a name is named wherever it is printed, so it cannot
    /// reorder a PR comment's table cell or a label.
    @Test func bidiControlsAreNamed() {
        let name = "admin\u{202E}txt.exe\u{2066}"
        #expect(MarkdownEscaper.inline(name) == "admin⟨U+202E⟩txt.exe⟨U+2066⟩")
        #expect(MarkdownEscaper.code(name) == "`admin⟨U+202E⟩txt.exe⟨U+2066⟩`")
        #expect(DOTEscaper.quoted(name) == "admin⟨U+202E⟩txt.exe⟨U+2066⟩")
        #expect(!MermaidEscaper.label(name).unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x2066 })
    }

    @Test func dotHTML() {
        #expect(DOTEscaper.html(#"<b>&"x"'</b>"#) == "&lt;b&gt;&amp;&quot;x&quot;&#39;&lt;/b&gt;")
        #expect(DOTEscaper.html("a\nb") == "a<BR/>b")
    }

    @Test func mermaidLabel() {
        #expect(MermaidEscaper.label(#"a "b" --> c"#) == "a #quot;b#quot; --#gt; c")
        #expect(MermaidEscaper.label("%% x; y | {z} [w] `q` #1 \\") == "#37;#37; x#59; y #124; #123;z#125; #91;w#93; #96;q#96; #35;1 #92;")
        #expect(MermaidEscaper.label("<i>&</i>\nnext") == "#lt;i#gt;#amp;#lt;/i#gt;<br/>next")
    }

    @Test func markdownInline() {
        #expect(MarkdownEscaper.inline("a|b *c* <d> & `e`") == #"a\|b \*c\* &lt;d&gt; &amp; \`e\`"#)
        #expect(MarkdownEscaper.inline("# one\ntwo") == ##"\# one two"##)
    }

    @Test func markdownCodeSpan() {
        #expect(MarkdownEscaper.code("x") == "`x`")
        #expect(MarkdownEscaper.code("a`b") == "``a`b``")
        #expect(MarkdownEscaper.code("`a") == "`` `a ``")
        #expect(MarkdownEscaper.code("a|b") == #"`a\|b`"#)
    }
}
