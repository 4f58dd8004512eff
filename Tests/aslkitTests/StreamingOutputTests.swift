import ASLAnalysis
import ASLRender
import Foundation
import TestSupport
import Testing

/// `aslkit validate` prints `text` and `github` findings file by file as they are found; its
/// bytes and exit status must be what rendering the whole run at the end gives.
@Suite struct StreamingOutputTests {
    static func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-stream-cli-\(UUID().uuidString)")
        var files: [(String, String)] = [
            ("a-b.asl.json", #"{"StartAt": "X", "States": {"X": {"Type": "Pass", "Next": "Nowhere"}}}"#),
            ("a/clean.asl.json", #"{"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}}"#),
            ("b/broken.asl.json", #"{"StartAt": "X", "States": {"X": {"Type": "Pass", "End": true}"#),
            ("b/warned.asl.json", #"{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}"#),
        ]
        for i in 0..<12 {
            let states = (0..<40).map { #""S\#($0)": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f", "Colour": "red", "Next": "\#($0 + 1 < 40 ? "S\($0 + 1)" : "Gone")"}"# }
            files.append(("a/many-\(i).asl.json", "{\"StartAt\": \"S0\", \"States\": {\n" + states.joined(separator: ",\n") + "\n}}"))
        }
        for (name, text) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test(arguments: [DiagnosticFormat.text, .github, .json, .sarif])
    func outputIsTheWholeRunsRendering(format: DiagnosticFormat) throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        // Absolute paths, so that this process and the command name the files alike.
        let paths = ["b", "a-b.asl.json", "a"].map { root.appendingPathComponent($0).path }
        let result = try CommandLineTests.run(["validate", "--format", format.rawValue] + paths, in: root)
        let whole = ValidationRunner.run(paths: paths)
        #expect(whole.diagnostics.count > 12 * 40)
        let version = try CommandLineTests.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(result.stdout == format.render(whole, toolVersion: version))
        #expect(result.status == 1)
    }

    @Test func exitStatusesAreUnchanged() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        for (paths, strict, status) in [(["a/clean.asl.json"], false, Int32(0)), (["b/warned.asl.json"], false, 0), (["b/warned.asl.json"], true, 1),
                                        (["a", "b"], false, 1), (["a/clean.asl.json", "missing.asl.json"], false, 2)] {
            for format in ["text", "github", "json"] {
                let result = try CommandLineTests.run(["validate", "--format", format] + (strict ? ["--strict"] : []) + paths, in: root)
                #expect(result.status == status, "\(paths) strict \(strict) \(format): \(result.stdout)")
            }
        }
    }

    /// On a terminal the progress line (standard error) and the findings (standard output) share
    /// the screen: the line is cleared before each batch, so no finding starts after it.
    @Test(.enabled(if: ProgressLineCommandTests.script != nil, "needs util-linux `script` for a pseudo-terminal"))
    func findingsNeverFollowTheProgressLine() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let shown = try ProgressLineCommandTests.underTerminal(["validate", root.path], ci: false)
        #expect(shown.contains("\rvalidated "))
        // The terminal ends lines with CRLF, one `Character`: split at any line break.
        let findings = shown.split(whereSeparator: \.isNewline).filter { $0.contains(": [") }
        #expect(findings.count == ValidationRunner.run(paths: [root.path]).diagnostics.count)
        for line in findings {
            let start = line.drop { $0 == "\r" || $0 == "\u{1B}" || $0 == "[" || $0 == "K" }
            #expect(start.hasPrefix(root.path), "\(line.debugDescription)")
        }
    }
}
