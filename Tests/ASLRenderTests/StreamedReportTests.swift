import ASLModel
import ASLSource
import Testing

@testable import ASLRender

/// The Markdown report written into a stream, as `aslkit report` writes it: the same text as
/// `markdown`, in pieces of at most one table row.
@Suite struct StreamedReportTests {
    /// Keeps every piece written, to see how the report was cut.
    struct Pieces: TextOutputStream {
        var pieces: [String] = []
        mutating func write(_ string: String) { pieces.append(string) }
        var text: String { pieces.joined() }
    }

    static func report(_ json: String, outputs: MachineReportOutputs = .markdown) -> MachineReport {
        var options = MachineReportOptions()
        options.outputs = outputs
        return MachineReportBuilder.build(LargeMachines.loaded(json, file: "fans"), options: options)
    }

    @Test func streamedReportIsTheStringOneInPiecesOfOneRow() throws {
        // 45 Parallels of two branches of 6 states: a collapsed diagram and 585 state rows.
        let report = Self.report(LargeMachines.parallels(45, depth: 6))
        var stream = Pieces()
        report.writeMarkdown(into: &stream)
        let markdown = report.markdown
        #expect(stream.text == markdown)
        #expect(markdown == MarkdownReport.render(try #require(report.markdownInput)))
        #expect(markdown.contains("Drawn with Parallel and Map states collapsed"))
        for piece in stream.pieces {
            #expect(piece.split(separator: "\n").filter { $0.hasPrefix("| ") }.count <= 1, "a piece holds more than one table row: \(piece.prefix(200))")
        }
        let states = try #require(markdown.split(separator: "## States\n\n").last)
        let rows = states.split(separator: "\n").prefix { $0.hasPrefix("| ") }
        #expect(rows.count == 2 + 45 + 45 * 2 * 6)
        #expect(rows[2] == "| Fan 0     | machine            | Parallel | –        | –       | –       | 0 s        |")
    }

    @Test func noMarkdownUnlessAsked() {
        let report = Self.report(LargeMachines.parallels(2, depth: 1), outputs: [.dot])
        #expect(report.markdownInput == nil)
        #expect(report.markdown.isEmpty)
        #expect(!report.dot.isEmpty)
    }

    /// Findings given out of order are written sorted within their severity, worst first,
    /// with a blank line between groups and none after the last.
    @Test func findingsAreSortedWithinSeverityWithoutCopies() {
        func finding(_ rule: String, _ severity: Severity, line: Int, notes: [Diagnostic.Note] = []) -> Diagnostic {
            Diagnostic(ruleID: rule, severity: severity, message: "\(rule) at \(line).", file: "m.json",
                       position: SourcePosition(line: line, column: 2), stateName: nil, notes: notes)
        }
        var input = ReportInput(title: "m", origin: "m.json", machine: Fixtures.machine(Fixtures.small))
        input.diagnostics = [
            finding("b-note", .note, line: 9), finding("w", .warning, line: 7), finding("e", .error, line: 5),
            finding("a-note", .note, line: 9, notes: [Diagnostic.Note(message: "see | here", position: SourcePosition(line: 1, column: 1))]),
            finding("w", .warning, line: 3),
        ]
        let report = MarkdownReport.render(input)
        let findings = report.split(separator: "## Findings\n\n").last.map { String($0.split(separator: "## States").first ?? "") }
        #expect(findings == """
            ### Errors (1)

            - `m.json:5:2` `e` e at 5.

            ### Warnings (2)

            - `m.json:3:2` `w` w at 3.
            - `m.json:7:2` `w` w at 7.

            ### Notes (2)

            - `m.json:9:2` `a-note` a-note at 9.
              - note 1:1: see \\| here
            - `m.json:9:2` `b-note` b-note at 9.


            """)
        #expect(report.contains("| Findings           | 1 error, 2 warnings     |"))
    }

    @Test func fullyCoveredMachineListsNothingMissing() {
        var input = ReportTests.fullInput
        input.coverage = CoverageOverlay(coveredStates: Set(input.machine.allStates.map(\.state.name)), coveredTransitions: nil)
        #expect(MarkdownReport.render(input).hasSuffix("## Coverage\n\n- States: 10 of 10 (100 %)\n"))
    }

    /// Columns are as wide as their widest cell in characters, not bytes (the rule under the
    /// header is at least three dashes, as it always was).
    @Test func tableColumnsCountCharacters() {
        var text = ""
        MarkdownTable(header: ["Name", "N"], rows: [["Größe", "1"], ["👩‍👩‍👧", "22"], ["x"]]).write(into: &text)
        #expect(text == """
            | Name  | N  |
            | ----- | --- |
            | Größe | 1  |
            | 👩‍👩‍👧     | 22 |
            | x     |    |

            """)
    }
}
