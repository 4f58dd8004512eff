import ASLAnalysis
import ASLGraphviz
import ASLLoad
import ASLModel
import ASLSource
@testable import ASLRender
import Foundation
import Testing

/// Labels say what the definition says, and no label can break the format it is written in.
@Suite struct TruthfulLabelTests {
    static let dotBinary = "/usr/bin/dot"

    /// `dot -Tsvg` on `text`: its exit status and what it printed on standard error.
    static func dot(_ text: String) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotBinary)
        process.arguments = ["-Tsvg", "-o", "/dev/null"]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stderr)
    }

    static let pathComparison = #"""
        {"StartAt": "In stock?", "States": {
          "In stock?": {"Type": "Choice", "Choices": [{"Variable": "$.stock", "NumericGreaterThanEqualsPath": "$.order.quantity", "Next": "Ship"}], "Default": "Ship"},
          "Ship": {"Type": "Succeed"}}}
        """#

    @Test func pathOperandsAreDrawnAsPaths() {
        let machine = Fixtures.machine(Self.pathComparison)
        let mermaid = MermaidWriter().write(machine)
        #expect(mermaid.contains(#"n_state_in_stock -->|"$.stock ≥ $.order.quantity"| n_state_ship"#))
        #expect(DOTWriter().write(machine).contains(#"label="$.stock ≥ $.order.quantity""#))
        // A string literal keeps its quotes.
        let literal = ChoiceCondition.comparison(variable: "$.tier", operator: "StringEquals", operand: "\"$.gold\"")
        #expect(ConditionSummary.text(literal) == "$.tier == \"$.gold\"")
    }

    static let emptyCatches = #"""
        {"StartAt": "Work", "States": {
          "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                   "Catch": [{"ErrorEquals": [], "Next": "A"}, {"ErrorEquals": [""], "Next": "B"}, {"ErrorEquals": [" "], "Next": "B"}]},
          "A": {"Type": "Succeed"}, "B": {"Type": "Succeed"}}}
        """#

    @Test func emptyCatchLabelsNeverReachMermaid() {
        let mermaid = MermaidWriter().write(Fixtures.machine(Self.emptyCatches))
        #expect(!mermaid.contains(#"|""|"#))
        #expect(mermaid.contains(#"n_state_work -.->|"no errors named"| n_state_a"#))
        #expect(mermaid.contains(#"n_state_work -.->|"(blank error name)"| n_state_b"#))
        // An edge whose label is empty, however it came about, is written without one.
        let edge = Diagram.Edge(from: "a", to: "b", kind: .catch, label: "")
        #expect(MermaidWriter.edge(edge) == "n_a -.-> n_b")
    }

    static let blankNames = #"{"StartAt": " ", "States": {" ": {"Type": "Pass", "Next": "\r"}, "\r": {"Type": "Pass", "Next": ""}, "": {"Type": "Succeed"}}}"#

    @Test func blankNamesAreVisible() throws {
        let machine = Fixtures.machine(Self.blankNames)
        let dot = DOTWriter().write(machine)
        #expect(dot.contains("<B>(blank name ␠)</B>"))
        #expect(dot.contains("<B>(blank name ␍)</B>"))
        #expect(dot.contains("<B>(empty name)</B>"))
        #expect(!dot.contains("<B></B>"))
        let mermaid = MermaidWriter().write(machine)
        #expect(mermaid.contains("<b>(blank name ␠)</b>") && mermaid.contains("<b>(blank name ␍)</b>"))
        let svg = try GraphvizRenderer().render(dot: dot, format: .svg)
        #expect(String(decoding: svg.bytes, as: UTF8.self).contains("(blank name ␠)"))
        #expect(VisibleName.of("\t\n\u{7F}\u{A0}") == "(blank name ␉␊␡␣)")
        #expect(VisibleName.of(" x ") == " x ")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: dotBinary), "needs Graphviz's dot"))
    func blankNamesGiveDOTThatDotAccepts() throws {
        let result = try Self.dot(DOTWriter().write(Fixtures.machine(Self.blankNames)))
        #expect(result.status == 0, "\(result.errors)")
    }

    static func longLabels(_ length: Int) -> [String] {
        let long = String(repeating: "a", count: length)
        return [
            #"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "StringEquals": "\#(long)", "Next": "D"}], "Default": "D"}, "D": {"Type": "Succeed"}}}"#,
            #"{"QueryLanguage": "JSONata", "StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.x = \"\#(long)\" %}", "Next": "D"}], "Default": "D"}, "D": {"Type": "Succeed"}}}"#,
            #"{"StartAt": "\#(long)", "States": {"\#(long)": {"Type": "Fail", "Error": "\#(long)", "Cause": "\#(long)"}}}"#,
        ]
    }

    /// Graphviz rejects a quoted string past 16,384 bytes; labels and tooltips are abbreviated.
    @Test func longLabelsAreAbbreviated() {
        for json in Self.longLabels(20_000) {
            let dot = DOTWriter().write(Fixtures.machine(json))
            let longestLine = dot.split(separator: "\n").map(\.utf8.count).max() ?? 0
            #expect(longestLine < 4_000, "\(longestLine)")
            #expect(dot.contains("a…"))
            #expect(MermaidWriter().write(Fixtures.machine(json)).utf16.count < 3_000)
        }
        // Scalars are counted, so one character of 20,000 combining marks is cut too.
        let marks = "e" + String(repeating: "\u{301}", count: 20_000)
        #expect(LabelLimits.cut(marks, 10).unicodeScalars.count == 10)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: dotBinary), "needs Graphviz's dot"))
    func longLabelsGiveDOTThatDotAccepts() throws {
        for json in Self.longLabels(20_000) {
            let result = try Self.dot(DOTWriter().write(Fixtures.machine(json)))
            #expect(result.status == 0, "\(result.errors)")
        }
    }

    @Test func partitionPlaceholdersAndServiceNames() {
        let machine = Fixtures.machine(#"""
            {"StartAt": "A", "States": {
              "A": {"Type": "Task", "Resource": "arn:${AWS::Partition}:states:::lambda:invoke", "Next": "B"},
              "B": {"Type": "Task", "Resource": "arn:aws:states:::apigateway:invoke", "Next": "C"},
              "C": {"Type": "Task", "Resource": "arn:aws:states:::athena:startQueryExecution.sync", "Next": "D"},
              "D": {"Type": "Task", "Resource": "arn:${AWS::Partition}:states:::aws-sdk:s3:getObject", "Next": "E"},
              "E": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:newservice:doIt", "End": true}}}
            """#)
        let mermaid = MermaidWriter().write(machine)
        #expect(mermaid.contains("<b>A</b><br/><small>Task · Lambda</small>"))
        #expect(mermaid.contains("class n_state_a task_lambda"))
        #expect(mermaid.contains("<small>Task · API Gateway</small>"))
        #expect(mermaid.contains("<small>Task · Athena · run to completion</small>"))
        #expect(mermaid.contains("<small>Task · AWS SDK S3</small>"))
        #expect(mermaid.contains("<small>Task · AWS SDK newservice</small>"))
    }

    @Test func coverageHasItsOwnColourAndALegend() {
        let machine = Fixtures.machine(Self.pathComparison)
        var options = DiagramOptions()
        options.coverage = CoverageOverlay(coveredStates: ["In stock?"])
        let mermaid = MermaidWriter(options: options).write(machine)
        #expect(mermaid.contains("classDef uncovered fill:#FFFFFF,stroke:#78909C,stroke-dasharray:4 3"))
        let dot = DOTWriter(options: options).write(machine)
        #expect(dot.contains(##"class="state succeed uncovered", style="rounded,filled,dashed", fillcolor="#FFFFFF", color="#78909C""##))
        #expect(dot.contains(##"class="state choice covered", style="filled", fillcolor="#FFF8E1", color="#2E7D32""##))
        #expect(mermaid.contains("classDef covered stroke:#2E7D32,stroke-width:2.5px"))
        #expect(dot.contains("label=\"Coverage: green border = entered, white with a dashed blue-grey border =\\nnever entered, light grey arrow = never taken.\""))
        var input = ReportInput(title: "t", origin: "t.asl.json", machine: machine)
        input.diagram = options
        #expect(MarkdownReport.render(input).contains("```\n\n" + StyleTable.coverageLegend + "\n"))
    }

    /// Under the coverage overlay a finding is badged, but the border keeps the legend's colours.
    @Test func coverageBordersWinOverFindingBorders() {
        let machine = Fixtures.machine(Self.pathComparison)
        var options = DiagramOptions()
        options.coverage = CoverageOverlay(coveredStates: ["In stock?"])
        options.diagnostics = ["In stock?", "Ship"].map {
            Diagnostic(ruleID: "x", severity: .warning, message: "m", file: "f", position: nil, stateName: $0)
        }
        let dot = DOTWriter(options: options).write(machine)
        #expect(dot.contains(##"class="state choice covered has-warning", style="filled", fillcolor="#FFF8E1", color="#2E7D32""##))
        #expect(dot.contains(##"class="state succeed uncovered has-warning", style="rounded,filled,dashed", fillcolor="#FFFFFF", color="#78909C""##))
        let mermaid = MermaidWriter(options: options).write(machine)
        #expect(!mermaid.contains("has_warning"))
        options.coverage = nil
        #expect(DOTWriter(options: options).write(machine).contains(##"class="state succeed has-warning", style="rounded,filled", fillcolor="#E8F5E9", color="#FF8F00""##))
    }

    @Test func notesAreNotBadgedAsWarnings() {
        var options = DiagramOptions()
        options.diagnostics = [Diagnostic(ruleID: "r", severity: .note, message: "m", file: "x", position: nil, stateName: "Ship")]
        let mermaid = MermaidWriter(options: options).write(Fixtures.machine(Self.pathComparison))
        #expect(mermaid.contains("<b>Ship</b><br/><small>Succeed</small><br/><small>ℹ 1 note</small>"))
        #expect(!mermaid.contains("⚠"))
    }
}
