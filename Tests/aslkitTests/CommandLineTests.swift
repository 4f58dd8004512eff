import Foundation
import TestSupport
import Testing

/// End-to-end runs of the built `aslkit` binary: stdout, exit status.
@Suite struct CommandLineTests {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        // The test bundle sits in the build folder next to the executable.
        let products = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidate = products.appendingPathComponent("aslkit")
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        return SharedData.packageRoot.appendingPathComponent(".build/debug/aslkit")
    }

    static func run(_ arguments: [String], in directory: URL = SharedData.packageRoot, input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(input)
            try stdin.fileHandleForWriting.close()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func validateReportsLocatedErrorsAndExitsOne() throws {
        let result = try Self.run(["validate", "Tests/ASLAnalysisTests/Fixtures/invalid-catch-on-pass.asl.json"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Tests/ASLAnalysisTests/Fixtures/invalid-catch-on-pass.asl.json:7:7: error: [field-unknown] `Catch` is not a field of a Pass state; only Task, Parallel and Map states can retry or catch errors."))
    }

    /// `validate` with paths alone skips ArgumentParser (`ValidateInvocation.plain`): the same
    /// bytes and status as the parsed command with its defaults spelled out, and anything that
    /// looks like an option still goes to the parser.
    @Test func plainValidateMatchesTheParsedCommand() throws {
        let files = ["Tests/ASLAnalysisTests/Fixtures/invalid-trap-loop.asl.json", "Tests/ASLAnalysisTests/Fixtures/invalid-catch-on-pass.asl.json"]
        let plain = try Self.run(["validate"] + files)
        let parsed = try Self.run(["validate", "--format", "text", "--stdin-filename", "<stdin>"] + files)
        #expect(plain.status == 1)
        #expect(plain.stdout.contains("invalid-catch-on-pass.asl.json:7:7: error: [field-unknown]"))
        #expect((plain.status, plain.stdout, plain.stderr) == (parsed.status, parsed.stdout, parsed.stderr))
        let help = try Self.run(["validate", files[0], "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: aslkit validate"))
    }

    @Test func cleanFileExitsZero() throws {
        let result = try Self.run(["validate", "Tests/ASLAnalysisTests/Fixtures/valid-order.asl.json"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("1 state machine in 1 file checked: 0 errors, 0 warnings, 0 notes.\n"))
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let result = try Self.run(["validate", "--strict", "Tests/ASLAnalysisTests/Fixtures/invalid-trap-loop.asl.json"])
        #expect(result.status == 1)
    }

    /// `-` reads one document from standard input; `--stdin-filename` names it in findings and
    /// its extension picks the reader.
    @Test func validateReadsStandardInput() throws {
        let fixture = try Data(contentsOf: SharedData.projectFile("Tests/ASLAnalysisTests/Fixtures/invalid-catch-on-pass.asl.json"))
        let plain = try Self.run(["validate", "-"], input: fixture)
        #expect(plain.status == 1)
        #expect(plain.stdout.hasPrefix("<stdin>:7:7: error: [field-unknown] `Catch` is not a field of a Pass state"))
        let named = try Self.run(["validate", "-", "--stdin-filename", "infra/order.asl.json", "--format", "github"], input: fixture)
        #expect(named.stdout.hasPrefix("::error file=infra/order.asl.json,line=7,col=7,title=field-unknown::"))
        let yaml = try Self.run(["validate", "-", "--stdin-filename", "m.yaml"], input: Data("StartAt: A\nStates:\n  A: {Type: Pass, End: true}\n".utf8))
        #expect(yaml.status == 0, "\(yaml.stdout)")
        let mixed = try Self.run(["validate", "-", "Samples"])
        #expect(mixed.status == 2)
        #expect(mixed.stderr.contains("`-` (standard input) must be the only path."))
    }

    /// `--ignore RULE` and the settings file's `rules:` change what fails the build.
    @Test func rulesCanBeIgnoredOrReLevelled() throws {
        let fixture = "Tests/ASLAnalysisTests/Fixtures/invalid-trap-loop.asl.json"
        let ignored = try Self.run(["validate", "--ignore", "state-cannot-terminate", fixture])
        #expect(ignored.status == 0, "\(ignored.stdout)")
        #expect(ignored.stdout.hasSuffix("1 state machine in 1 file checked: 0 errors, 0 warnings, 0 notes.\n"))
        let unknown = try Self.run(["validate", "--ignore", "no-such-rule", fixture])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--ignore: 'no-such-rule' is not a validation rule"))

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let settings = directory.appendingPathComponent("settings.yml")
        try "rules:\n  state-cannot-terminate: warning\n".write(to: settings, atomically: true, encoding: .utf8)
        let quieter = try Self.run(["validate", "--config", settings.path, fixture])
        #expect(quieter.status == 0)
        #expect(quieter.stdout.contains("\(fixture):9:5: warning: [state-cannot-terminate]"))
        let strict = try Self.run(["validate", "--strict", "--config", settings.path, fixture])
        #expect(strict.status == 1)
        // The file's machine-type applies too, unless --type says otherwise.
        let express = directory.appendingPathComponent("express.yml")
        try "machine-type: express\n".write(to: express, atomically: true, encoding: .utf8)
        let callback = "Tests/ASLAnalysisTests/Fixtures/invalid-express-callback.asl.json"
        #expect(try Self.run(["validate", "--config", express.path, callback]).stdout.contains("[express-unsupported-integration]"))
        #expect(try !Self.run(["validate", "--config", express.path, "--type", "standard", callback]).stdout.contains("[express-unsupported-integration]"))
        // The report shows the findings as validate counts them.
        let report = try Self.run(["report", "--config", settings.path, fixture])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("state-cannot-terminate"))
        let plainReport = try Self.run(["report", fixture])
        #expect(plainReport.status == 1)
        let ignoredReport = try Self.run(["report", "--ignore", "state-cannot-terminate", fixture])
        #expect(ignoredReport.status == 0)
        #expect(!ignoredReport.stdout.contains("state-cannot-terminate"))
        let diagram = try Self.run(["render", "--format", "mermaid", "--ignore", "state-cannot-terminate", fixture])
        #expect(!diagram.stdout.contains("error"), "\(diagram.stdout)")
    }

    /// `aslkit rules ID` explains one rule with its catalogue examples; a near miss gets
    /// suggestions.
    @Test func rulesExplainsOneRule() throws {
        let explained = try Self.run(["rules", "state-cannot-terminate"])
        #expect(explained.status == 0)
        #expect(explained.stdout.hasPrefix("state-cannot-terminate: State can never finish\nerror, Structure\n\n"))
        #expect(explained.stdout.contains("\nWhy: An execution that enters it runs until the machine's timeout"))
        #expect(explained.stdout.contains("\nReported for:\n  {\"StartAt\": \"A\""))
        let near = try Self.run(["rules", "timeout"])
        #expect(near.status == 2)
        #expect(near.stderr.contains("'timeout' is not a rule; did you mean heartbeat-not-below-timeout, task-timeout-missing?"))
        let table = try Self.run(["rules"])
        #expect(table.stdout.hasPrefix("| Rule | Severity | Category | What it reports | AWS code |"))
    }

    /// Usage errors exit 2 like unreadable input, not the argument parser's 64.
    @Test func usageErrorsExitTwo() throws {
        let badValue = try Self.run(["validate", "--type", "bogus", "x.asl.json"])
        #expect(badValue.status == 2)
        #expect(badValue.stderr.contains("The value 'bogus' is invalid for '--type <type>'"))
        #expect(badValue.stderr.contains("Usage: aslkit validate"))
        let noArgument = try Self.run(["validate"])
        #expect(noArgument.status == 2)
        let help = try Self.run(["validate", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: aslkit validate"))
    }

    @Test func missingFileExitsTwo() throws {
        let result = try Self.run(["validate", "does/not/exist.asl.json"])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
    }

    @Test func githubFormatPrintsWorkflowCommands() throws {
        let result = try Self.run(["validate", "--format", "github", "Tests/ASLAnalysisTests/Fixtures/invalid-express-callback.asl.json", "--type", "express"])
        #expect(result.stdout.contains("::error file=Tests/ASLAnalysisTests/Fixtures/invalid-express-callback.asl.json,line=6,col=19,title=express-unsupported-integration::"))
    }

    @Test func outputIsDeterministic() throws {
        let first = try Self.run(["validate", "--format", "json", "Samples", "Tests/ASLAnalysisTests/Fixtures"])
        let second = try Self.run(["validate", "--format", "json", "Samples", "Tests/ASLAnalysisTests/Fixtures"])
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("\"resource\" : \"OrderMachine\""))
    }

    @Test func directoriesFindTemplatesByContent() throws {
        let result = try Self.run(["validate", "Samples/templates"])
        #expect(result.stdout.contains("4 state machines in 4 files checked"), "\(result.stdout)")
    }

    @Test func diffFailsOnlyOnWhatTheChangeBreaks() throws {
        let pair = ["diff", "Samples/pr/order-before.asl.json", "Samples/pr/order-after.asl.json", "--format", "text"]
        let plain = try Self.run(pair + ["--fail-on", "new-errors"])
        #expect(plain.status == 0, "\(plain.stdout)\(plain.stderr)")
        #expect(plain.stdout.contains("4 states added, 1 removed, 1 renamed, 4 changed; worst case 4 min 51 s → unbounded"))
        let budget = try Self.run(pair + ["--fail-on", "budget", "--max-duration", "10m"])
        #expect(budget.status == 1)
        let missing = try Self.run(["diff", "Samples/pr/order-before.asl.json", "does/not/exist.json"])
        #expect(missing.status == 2)
    }

    @Test func reportAndRenderDrawTheSample() throws {
        let report = try Self.run(["report", "Samples/order-workflow.asl.json", "--highlight", "worst-case"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.hasPrefix("# order-workflow\n"))
        #expect(report.stdout.contains("| Worst-case duration       | 35 min 50 s"))
        #expect(report.stdout.contains("```mermaid\n"))
        let svg = try Self.run(["render", "Samples/order-workflow.asl.json", "--format", "svg"])
        #expect(svg.status == 0)
        #expect(svg.stdout.contains("<g id=\"state&#45;charge&#45;card\" class=\"node state task lambda\""))
        let invalid = try Self.run(["report", "Samples/meetup-agenda.asl.json"])
        #expect(invalid.status == 1)
        let ambiguous = try Self.run(["render", "Samples/templates", "--format", "dot"])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("choose one with --machine"))
    }

    @Test func pathsListsAtMostTheLimitAndSaysHowManyMore() throws {
        let limited = try Self.run(["paths", "Samples/coverage/order-coverage.asl.json", "--max-test-paths", "2"])
        #expect(limited.status == 0, "\(limited.stderr)")
        #expect(limited.stdout.contains("  test paths: 5 cover every state and edge a complete path can reach\n"))
        #expect(limited.stdout.contains("\n    2. "))
        #expect(!limited.stdout.contains("\n    3. "))
        #expect(limited.stdout.contains("    … 3 more test paths not listed (--max-test-paths N lists more, --all-test-paths all)\n"))
        let all = try Self.run(["paths", "Samples/coverage/order-coverage.asl.json", "--max-test-paths", "2", "--all-test-paths"])
        #expect(all.stdout.contains("\n    5. "))
        #expect(!all.stdout.contains("more test paths not listed"))
        let zero = try Self.run(["paths", "Samples/coverage/order-coverage.asl.json", "--max-test-paths", "0"])
        #expect(zero.status == 2, "\(zero.stderr)")
        #expect(zero.stderr.contains("--max-test-paths must be at least 1."))
    }

    @Test func coverageAndAuditGateOnThresholds() throws {
        let coverage = try Self.run(["coverage", "Samples/coverage/order-coverage.asl.json", "Samples/coverage/order-coverage.history.json", "--min-edge-coverage", "80"])
        #expect(coverage.status == 1)
        #expect(coverage.stdout.contains("total: states 62.5% (5/8), edges 33.3% (3/9)"))
        let audit = try Self.run(["audit", "Tests/ASLAnalysisTests/Golden/timing/order.asl.json", "--map-items", "Pick=10", "--max-duration", "15m"])
        #expect(audit.status == 0, "\(audit.stdout)")
        let over = try Self.run(["audit", "Tests/ASLAnalysisTests/Golden/timing/order.asl.json", "--map-items", "Pick=10", "--max-duration", "1m"])
        #expect(over.status == 1)
        #expect(over.stdout.contains("max-duration: worst case 4 min 39 s exceeds 1 min"))
    }
}
