import Foundation
import Testing
import TestSupport

/// The README's "Security" guarantees, end to end through the built binary: hostile `--git`
/// values, template references out of the root, and symbolic-link loops.
@Suite struct SecurityCommandLineTests {
    private static let gitAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/git")
    private static let machine = #"{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}"#

    private struct Scratch {
        let url = URL(fileURLWithPath: NSTemporaryDirectory() + "aslkit-security-\(UUID().uuidString)")
        var path: String { url.path }

        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }

        func write(_ relativePath: String, _ text: String) throws {
            let file = url.appendingPathComponent(relativePath)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }

        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    private func git(_ directory: String, _ arguments: String...) throws {
        try #require(try ScratchGit.run(in: directory, arguments) == 0)
    }

    /// `--git=--output=FILE` made git create FILE and aslkit exit 0; now it is a usage error.
    @Test(.enabled(if: gitAvailable)) func diffRefusesRevisionsThatLookLikeOptions() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("repo/m.asl.json", Self.machine)
        let repo = scratch.path + "/repo"
        try git(repo, "init", "-q")
        try git(repo, "add", ".")
        try git(repo, "commit", "-q", "-m", "one")
        try scratch.write("repo/m.asl.json", Self.machine + "\n")
        let target = scratch.path + "/PWNED_output"
        for value in ["--output=\(target)", "HEAD..--output=\(target)", "--ext-diff"] {
            let result = try CommandLineTests.run(["diff", "--format", "text", "--git=\(value)"], in: URL(fileURLWithPath: repo))
            #expect(result.status == 2, "\(value)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("starts with '-': a revision cannot, and git would take it for an option"))
        }
        #expect(!FileManager.default.fileExists(atPath: target))
        let fine = try CommandLineTests.run(["diff", "--format", "text", "--git", "HEAD"], in: URL(fileURLWithPath: repo))
        #expect(fine.status == 0, "\(fine.stderr)")
    }

    /// `definitionuri_outside/template.yaml`: a relative escape and an absolute path, refused
    /// with a located finding; `--allow-outside-root` reads them.
    @Test func validateRefusesDefinitionURIsOutsideTheRoot() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("outside.asl.json", #"{"StartAt": "secret-state", "States": {"secret-state": {"Type": "Pass"}}}"#)
        try scratch.write("project/template.yaml", """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              M:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: ../outside.asl.json
              N:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: \(scratch.path)/outside.asl.json
            """)
        let project = scratch.url.appendingPathComponent("project")
        let refused = try CommandLineTests.run(["validate", "template.yaml"], in: project)
        #expect(refused.status == 1)
        #expect(refused.stdout.hasPrefix("""
            template.yaml:6:22: error: [template-file-outside-root] DefinitionUri '../outside.asl.json' resolves outside the root \
            (the git top level, else the directory given), so it is not read; --allow-outside-root reads it\n\
            template.yaml:10:22: error: [template-file-outside-root] DefinitionUri '\(scratch.path)/outside.asl.json' resolves outside
            """))
        #expect(!refused.stdout.contains("secret-state"))
        let allowed = try CommandLineTests.run(["validate", "--allow-outside-root", "template.yaml"], in: project)
        #expect(allowed.stdout.contains("../outside.asl.json:1:40: error: [next-end-invalid] State \"secret-state\""))
        #expect(allowed.stdout.hasSuffix("2 state machines in 1 file checked: 4 errors, 0 warnings, 0 notes.\n"))
    }

    /// The three link cases of the reproducers, in one tree, through every command that walks.
    @Test func linkLoopsAreWalkedOnceByEveryCommand() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("tree/m.asl.json", Self.machine)
        let tree = scratch.path + "/tree"
        for (name, destination) in [("a", "."), ("b", "."), ("everything", "/")] {
            try FileManager.default.createSymbolicLink(atPath: tree + "/" + name, withDestinationPath: destination)
        }
        try FileManager.default.createDirectory(atPath: tree + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: tree + "/sub/loop", withDestinationPath: "..")
        for flags in [[], ["--follow-symlinks"]] {
            let validate = try CommandLineTests.run(["validate"] + flags + [tree])
            #expect(validate.stdout == "1 state machine in 1 file checked: 0 errors, 0 warnings, 0 notes.\n", "\(flags)")
            let analyze = try CommandLineTests.run(["analyze", "--format", "json"] + flags + [tree])
            #expect(analyze.status == 0)
            #expect(analyze.stdout.components(separatedBy: "\"file\" : ").count == 2, "\(analyze.stdout)")
            for command in ["report", "audit", "paths"] {
                #expect(try CommandLineTests.run([command] + flags + [tree]).status == 0, "\(command) \(flags)")
            }
        }
    }

    @Test func everyCommandThatLoadsTakesTheLoadingFlags() throws {
        for command in ["validate", "report", "render", "analyze", "audit", "paths", "coverage", "diff"] {
            let help = try CommandLineTests.run([command, "--help"])
            #expect(help.stdout.contains("--allow-outside-root") && help.stdout.contains("--follow-symlinks"), "\(command)")
        }
    }
}
