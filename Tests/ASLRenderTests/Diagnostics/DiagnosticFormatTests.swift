import ASLAnalysis
@testable import ASLRender
import ASLSource
import Foundation
import TestSupport
import Testing

@Suite struct DiagnosticFormatTests {
    static let run = ValidationRun(
        diagnostics: [
            Diagnostic(
                ruleID: "transition-target-missing", severity: .error,
                message: "State \"Pay, then ship\" transitions to \"Ship\", which is not a state.", file: "flows/order 1.asl.json",
                position: SourcePosition(line: 12, column: 17), pointer: "/States/Pay, then ship", stateName: "Pay, then ship"),
            Diagnostic(
                ruleID: "state-name-duplicate", severity: .error, message: "100% duplicate\nname", file: "flows/order 1.asl.json",
                position: SourcePosition(line: 20, column: 5), pointer: "/States/P/Branches/0/States/A", stateName: "A",
                notes: [Diagnostic.Note(message: "first defined here", position: SourcePosition(line: 4, column: 5))]),
            Diagnostic(ruleID: "task-timeout-missing", severity: .warning, message: "No timeout.", file: "b.yaml", position: nil),
        ],
        machines: [.init(file: "flows/order 1.asl.json", resource: nil, states: 7), .init(file: "b.yaml", resource: "Machine", states: 2)],
        filesScanned: 2)

    @Test func textIsCompilerStyle() {
        let text = DiagnosticFormat.text.render(Self.run, toolVersion: "test")
        #expect(Golden.mismatch(text, golden: "diagnostics.txt") == nil, "\(Golden.mismatch(text, golden: "diagnostics.txt") ?? "")")
    }

    @Test func jsonIsStable() {
        let json = DiagnosticFormat.json.render(Self.run, toolVersion: "test")
        #expect(Golden.mismatch(json, golden: "diagnostics.json") == nil, "\(Golden.mismatch(json, golden: "diagnostics.json") ?? "")")
        #expect(json == DiagnosticFormat.json.render(Self.run, toolVersion: "test"))
    }

    /// What `aslkit validate .` finds starts with `./`; code scanning wants the path as the
    /// repository writes it.
    @Test func sarifURIsAreRelativeWithoutDotSlash() {
        #expect(SARIFFormatter.uri("./infra/order machine.asl.json") == "infra/order%20machine.asl.json")
        #expect(SARIFFormatter.uri("././a.json") == "a.json")
        #expect(SARIFFormatter.uri("flows/a.json") == "flows/a.json")
    }

    @Test func githubEscapesDataAndProperties() {
        let out = DiagnosticFormat.github.render(Self.run, toolVersion: "test")
        #expect(out.contains("::error file=flows/order 1.asl.json,line=20,col=5,title=state-name-duplicate::100%25 duplicate%0Aname\n"))
        #expect(out.contains("::warning file=b.yaml,title=task-timeout-missing::No timeout.\n"))
        // Other control characters cannot colour the Actions log or break the command.
        #expect(GitHubAnnotationFormatter.escapeData("Task \"evil\u{1B}[31m\tx\"") == #"Task "evil\u{1B}[31m\tx""#)
    }

    /// Validates against the official SARIF 2.1.0 schema with Python's jsonschema, when both
    /// the schema (../shared/schemas) and the module are present.
    @Test(.enabled(if: SharedData.isPresent("schemas"), "needs ../shared/schemas"))
    func sarifIsAcceptedBySchema() throws {
        let schemas = try SharedData.require("schemas")
        let sarif = DiagnosticFormat.sarif.render(Self.run, toolVersion: "0.1.0")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-test-\(UUID().uuidString).sarif")
        try sarif.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                print("skip"); sys.exit(0)
            schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
            jsonschema.validate(doc, schema); print("ok")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schemas.appendingPathComponent("sarif-schema-2.1.0.json").path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        guard (try? process.run()) != nil else { return }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "SARIF rejected by the schema: \(output)")
        #expect(output.contains("ok") || output.contains("skip"))
        let object = try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any]
        let runs = object?["runs"] as? [[String: Any]]
        let driver = (runs?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        let rules = driver?["rules"] as? [[String: Any]] ?? []
        #expect(rules.count >= RuleCatalogue.allRules.count)
        let results = runs?.first?["results"] as? [[String: Any]] ?? []
        #expect(results.count == 3)
    }
}
