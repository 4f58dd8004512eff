import Foundation
import TestSupport
import Testing

/// Replays the inputs that once broke a fuzz target (`Tests/Tools/fuzz-regressions/TARGET/`,
/// each written by hand after the finding) through the `aslkit-fuzz` replay runner of the normal
/// build: the same property checks the fuzzer runs, once per input. A broken property stops
/// the runner with a trap, which fails the exit-status expectation.
@Suite struct FuzzReplayTests {
    static var binary: URL {
        let products = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidate = products.appendingPathComponent("aslkit-fuzz")
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        return SharedData.packageRoot.appendingPathComponent(".build/debug/aslkit-fuzz")
    }

    static func replay(_ target: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = [target, "Tests/Tools/fuzz-regressions/\(target)"]
        process.currentDirectoryURL = SharedData.packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test(arguments: [
        (
            "yaml",
            """
            yaml Tests/Tools/fuzz-regressions/yaml/empty-value-at-end.yaml: read, 0 findings
            yaml Tests/Tools/fuzz-regressions/yaml/error-at-end-without-final-newline.yaml: not read, 1 findings (yaml-syntax)
            yaml: 2 inputs replayed

            """
        ),
        (
            "template",
            """
            template Tests/Tools/fuzz-regressions/template/cut-off-template-crlf.yaml: 0 machines, 1 findings (yaml-syntax)
            template: 1 inputs replayed

            """
        ),
        (
            "expressions",
            """
            expressions Tests/Tools/fuzz-regressions/expressions/trailing-backslash-in-quoted-path.txt: 7 findings
            expressions: 1 inputs replayed

            """
        ),
        (
            "diagram",
            """
            diagram Tests/Tools/fuzz-regressions/diagram/noncharacters-in-names.asl.json: 1 machines, 12 DOT nodes, 6 HTML labels
            diagram Tests/Tools/fuzz-regressions/diagram/state-name-in-two-scopes.asl.json: 1 machines, 21 DOT nodes, 13 HTML labels
            diagram: 2 inputs replayed

            """
        ),
    ])
    func regressionInputsPassTheirTarget(target: String, expected: String) throws {
        let result = try Self.replay(target)
        #expect(result.status == 0, "\(result.stderr.suffix(2_000))")
        #expect(result.stdout == expected)
    }

    /// A folder named for no target would be silently skipped by the test above.
    @Test func everyRegressionFolderNamesATarget() throws {
        let folders = try FileManager.default.contentsOfDirectory(
            atPath: SharedData.packageRoot.appendingPathComponent("Tests/Tools/fuzz-regressions").path)
        let usage = try Self.replay("no-such-target")
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("  yaml         YAMLReader.parse"))
        #expect(folders.sorted() == ["diagram", "expressions", "template", "yaml"])
        for folder in folders { #expect(usage.stderr.contains("\n  \(folder) "), "\(folder)") }
    }
}
