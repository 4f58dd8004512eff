import ASLAnalysis
import ASLGraphviz
import ASLLoad
import ASLRender
import Foundation
import TestSupport
import Testing

/// State names built to break every output format: quotes, markup, braces, pipes, backticks,
/// Mermaid comments and links, newlines, DOT escapes, `#`, `;` and non-ASCII.
@Suite struct HostileNameTests {
    static let names = [
        #"Say "hi""#, "<script>&amp;</script>", "{braces}", "a|b", "`tick`", "%% comment", "line\nbreak",
        "A --> B", "#1; drop", #"back\slash\N"#, "Größe ✓ 日本", "end",
    ]

    static var machineJSON: String {
        func json(_ s: String) -> String {
            String(data: try! JSONEncoder().encode(s), encoding: .utf8)!
        }
        var states: [String] = []
        for (i, name) in names.enumerated() {
            let next = i + 1 < names.count ? "\"Next\": \(json(names[i + 1]))" : "\"End\": true"
            if i == 2 {
                states.append(
                    "\(json(name)): {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.<x>|`\\\"\", \"StringEquals\": \"--> %% ;\", \"Next\": \(json(names[i + 1]))}], \"Default\": \(json(names[i + 1]))}")
            } else if i == 4 {
                states.append(
                    "\(json(name)): {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"Catch\": [{\"ErrorEquals\": [\"<Err>|\\\"\"], \"Next\": \(json(names.last!))}], \(next)}")
            } else {
                states.append("\(json(name)): {\"Type\": \"Pass\", \(next)}")
            }
        }
        return "{\"StartAt\": \(json(names[0])), \"States\": {\(states.joined(separator: ", "))}}"
    }

    @Test func machineHasAllStates() {
        #expect(Fixtures.machine(Self.machineJSON).allStates.count == Self.names.count)
    }

    @Test func dotParsesWithTheDotBinary() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") else { return }
        let dot = DOTWriter().write(Fixtures.machine(Self.machineJSON))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tcanon"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let canon = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stderr.isEmpty, "\(stderr)")
        // Every state survived as one node.
        #expect(canon.components(separatedBy: "class=\"state ").count - 1 == Self.names.count)
    }

    @Test func svgIsWellFormedWithOneNodePerState() throws {
        let dot = DOTWriter().write(Fixtures.machine(Self.machineJSON))
        let svg = try GraphvizRenderer().render(dot: dot, format: .svg)
        let elements = try SVGStructure.parse(svg.bytes)
        let stateGroups = elements.filter { $0.classes.contains("node") && $0.classes.contains("state") }
        #expect(stateGroups.count == Self.names.count)
        #expect(Set(stateGroups.map(\.id)).count == Self.names.count)
        #expect(stateGroups.allSatisfy { $0.id.hasPrefix("state-") })
        #expect(elements.contains { $0.classes.contains("edge-catch") })
    }

    @Test func mermaidKeepsEveryNameInsideQuotes() {
        let mermaid = MermaidWriter().write(Fixtures.machine(Self.machineJSON))
        for line in mermaid.split(separator: "\n") where !line.hasPrefix("%%") {
            // Outside quoted labels only ids, arrows and keywords remain.
            let outside = line.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 0 }.map(\.element).joined()
            #expect(!outside.contains("<") && !outside.contains("`") && !outside.contains("%"), "\(line)")
        }
        #expect(!mermaid.contains("<script>"))
        #expect(mermaid.contains("#quot;hi#quot;"))
        #expect(mermaid.contains("n_state_end"))
        #expect(Golden.mismatch(mermaid, golden: "hostile.mmd") == nil)
    }

    /// The terminal formats (`paths`, `analyze`, `audit`, `coverage`, `diff`) show a name's
    /// control characters escaped: no escape sequence reaches the terminal, no name breaks a line.
    @Test func terminalOutputsEscapeControlCharacters() throws {
        let names = ["Start", "evil\u{1B}[31mRED\u{1B}[0m", "line\nbreak", "tab\there", "Done"]
        let states = names.enumerated().map { i, name -> String in
            let key = String(data: try! JSONEncoder().encode(name), encoding: .utf8)!
            guard i + 1 < names.count else { return key + #": {"Type": "Succeed"}"# }
            let next = String(data: try! JSONEncoder().encode(names[i + 1]), encoding: .utf8)!
            return key + #": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Next": "# + next + "}"
        }
        let json = #"{"StartAt": "Start", "States": {"# + states.joined(separator: ", ") + "}}"
        let machine = Fixtures.machine(json)
        let timing = TimingAnalyzer.analyze(machine, assumptions: Assumptions())
        let head = Loader.load(SourceText(path: "m.asl.json", text: json.replacingOccurrences(of: #""TimeoutSeconds": 5"#, with: #""TimeoutSeconds": 6"#)))
        let base = Loader.load(SourceText(path: "m.asl.json", text: json))
        let outputs = [
            PathsReportFormatter.text(PathAnalysis.analyze(machine)),
            TimingTextRenderer.render(file: "m.asl.json", report: timing, cost: CostEstimator.estimate(timing, assumptions: Assumptions())),
            AuditTextRenderer.render([BudgetAudit.audit(file: "m.asl.json", machine: machine, budgets: Budgets(maxDurationSeconds: 1), assumptions: Assumptions())]),
            CoverageReportFormatter.text(CoverageAnalysis.measure(machine, histories: [])),
            DiffTextRenderer.render(RepositoryDiffer.diff(base: base, head: head, baseLabel: "a", headLabel: "b")),
        ]
        for output in outputs {
            #expect(!output.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F }, "\(output)")
            #expect(!output.split(separator: "\n").contains { $0.hasPrefix("break") }, "\(output)")
        }
        #expect(outputs[0].contains(#"evil\u{1B}[31mRED\u{1B}[0m → line\nbreak"#))
        #expect(outputs[4].contains(#"tab\there"#))
    }

    @Test func markdownReportEscapesNames() {
        let machine = Fixtures.machine(Self.machineJSON)
        let report = MarkdownReport.render(ReportInput(title: "Hostile <names>", origin: "hostile.asl.json", machine: machine))
        #expect(!report.contains("<script>"))
        #expect(report.contains("&lt;script&gt;"))
        #expect(Golden.mismatch(report, golden: "hostile.md") == nil)
    }
}
