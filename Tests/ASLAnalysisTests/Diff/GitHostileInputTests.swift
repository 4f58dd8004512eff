@testable import ASLAnalysis
import ASLLoad
import Foundation
import Testing
import TestSupport

/// `aslkit diff --git` given hostile revisions and file names, on a scratch repository
/// (`../shared/repro/diff_git_option_injection.sh`, rebuilt here): nothing reaches git as an
/// option, no file is written, and nothing outside the repository is read.
@Suite struct GitHostileInputTests {
    typealias F = DiffFixtures

    private static let gitAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/git")
    private static let secret = "runner-secret-51c9"

    private func git(_ directory: String, _ arguments: String...) throws {
        try #require(try ScratchGit.run(in: directory, arguments) == 0, "git \(arguments.joined(separator: " ")) failed")
    }

    private func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// `base/repo`, a repository whose first commit is empty and second holds `files`, and
    /// `base/outside`, which holds a machine named after the secret.
    private func scratch(_ files: [String: String]) throws -> (base: String, repo: String) {
        let base = NSTemporaryDirectory() + "aslkit-hostile-\(UUID().uuidString)"
        let repo = base + "/repo"
        try FileManager.default.createDirectory(atPath: repo, withIntermediateDirectories: true)
        try write(base + "/outside/StartAt/secret.asl.json", #"{"StartAt": "\#(Self.secret)", "States": {"\#(Self.secret)": {"Type": "Pass"}}}"#)
        try git(repo, "init", "-q")
        try git(repo, "commit", "-q", "--allow-empty", "-m", "empty")
        for (path, text) in files { try write(repo + "/" + path, text) }
        try git(repo, "add", ".")
        try git(repo, "commit", "-q", "-m", "files")
        return (base, repo)
    }

    private func entries(_ directory: String) -> [String] {
        (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] ?? []).filter { !$0.hasPrefix(".git") }.sorted()
    }

    private func summary(_ diff: RepositoryDiff) -> [String] {
        diff.machines.map { "\($0.name) \($0.status.rawValue)" + ($0.baseName.map { " was \($0)" } ?? "") }
    }

    private func expectNoSecret(_ diff: RepositoryDiff) {
        for diagnostic in diff.diagnostics { #expect(!diagnostic.message.contains(Self.secret), "\(diagnostic)") }
        for machine in diff.machines {
            #expect(!(machine.head?.allStates.contains { $0.state.name.contains(Self.secret) } ?? false))
        }
    }

    @Test(.enabled(if: gitAvailable)) func revisionsStartingWithADashAreUsageErrors() throws {
        let (base, repo) = try scratch(["order.asl.json": F.order])
        defer { try? FileManager.default.removeItem(atPath: base) }
        try write(repo + "/order.asl.json", F.edited([("\"TimeoutSeconds\": 30", "\"TimeoutSeconds\": 31")]))
        let target = base + "/pwned"
        let hostile = ["--output=\(target)", "HEAD..--output=\(target)", "--ext-diff", "-p", "HEAD~1..-p", "--git-dir=\(base)"]
        for range in hostile {
            #expect(throws: GitRevisionRange.Problem.self) { try GitRevisionRange(parsing: range) }
            let run = DiffRunner.run(.git(range: range, directory: repo))
            #expect(run.diff == nil)
            #expect(run.error?.contains("starts with '-'") == true, "\(range): \(run.error ?? "")")
            #expect(run.exitCode(failOnNewErrors: false, failOnBudget: false) == 2)
        }
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(entries(repo) == ["order.asl.json"])
    }

    /// What does not start with `-` must still name a commit: a tree, a path or an option
    /// hidden after a space is an unknown revision, and writes nothing.
    @Test(.enabled(if: gitAvailable)) func revisionsThatNameNoCommitAreRefused() throws {
        let (base, repo) = try scratch(["order.asl.json": F.order])
        defer { try? FileManager.default.removeItem(atPath: base) }
        let target = base + "/pwned"
        for revision in ["HEAD --output=\(target)", "HEAD:order.asl.json", "HEAD^{tree}", "HEAD~5", "no-such-branch"] {
            let run = DiffRunner.run(.git(range: "\(revision)..HEAD", directory: repo))
            #expect(run.error == "unknown revision '\(revision)': no commit of that name")
        }
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try GitRevisionRange(parsing: "HEAD~1..HEAD") == GitRevisionRange(parsing: "HEAD~1..HEAD"))
        #expect(try GitRevisionRange(parsing: "v1.2..HEAD").head == "HEAD")
        #expect(try GitRevisionRange(parsing: "main").head == nil)
        #expect(throws: GitRevisionRange.Problem.self) { try GitRevisionRange(parsing: "main...HEAD") }
        #expect(throws: GitRevisionRange.Problem.self) { try GitRevisionRange(parsing: "..HEAD") }
    }

    /// Files whose names are git options or hold spaces are changed, renamed and diffed like
    /// any other, in the working tree and between revisions, and git writes nothing.
    @Test(.enabled(if: gitAvailable)) func pathsWithSpacesAndLeadingDashesAreData() throws {
        let names = ["--output=written.asl.json", "-n.asl.json", "flows/with space.asl.json", "flows/-e StartAt.asl.json"]
        let (base, repo) = try scratch(Dictionary(uniqueKeysWithValues: names.map { ($0, F.order) }))
        defer { try? FileManager.default.removeItem(atPath: base) }
        let slower = F.edited([("\"TimeoutSeconds\": 30", "\"TimeoutSeconds\": 300")])
        for name in names.dropLast() { try write(repo + "/" + name, slower) }
        try git(repo, "mv", "flows/-e StartAt.asl.json", "flows/-renamed -- x.asl.json")
        let working = try #require(DiffRunner.run(.git(range: "HEAD", directory: repo)).diff)
        // The moved file is unchanged: git pairs it with its old name and it counts as unchanged.
        let expected = ["--output=written.asl.json changed", "-n.asl.json changed", "flows/with space.asl.json changed"]
        #expect(summary(working) == expected)
        #expect(working.unchangedCount == 1)
        try git(repo, "commit", "-q", "-a", "-m", "change")
        let committed = try #require(DiffRunner.run(.git(range: "HEAD~1..HEAD", directory: repo)).diff)
        #expect(summary(committed) == expected)
        #expect(committed.unchangedCount == 1)
        #expect(committed.diagnostics.isEmpty)
        #expect(entries(repo) == ["--output=written.asl.json", "-n.asl.json", "flows", "flows/-renamed -- x.asl.json", "flows/with space.asl.json"])
    }

    /// A tracked file replaced by a link out of the repository reads as the link's text (what
    /// git would store), never as the target.
    @Test(.enabled(if: gitAvailable)) func workingTreeLinksAreNotFollowed() throws {
        let (base, repo) = try scratch(["order.asl.json": F.order])
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.removeItem(atPath: repo + "/order.asl.json")
        try FileManager.default.createSymbolicLink(atPath: repo + "/order.asl.json", withDestinationPath: base + "/outside/StartAt/secret.asl.json")
        let diff = try #require(DiffRunner.run(.git(range: "HEAD", directory: repo)).diff)
        expectNoSecret(diff)
        #expect(summary(diff) == ["order.asl.json removed"])
        #expect(diff.diagnostics.isEmpty)
        let repository = try GitRepository(containing: repo)
        #expect(try repository.text(of: "order.asl.json", at: nil) == base + "/outside/StartAt/secret.asl.json")
    }

    /// A template's `DefinitionUri` is read from the repository (whatever the current
    /// directory), and refused outside it.
    @Test(.enabled(if: gitAvailable)) func definitionURIsStayInsideTheRepository() throws {
        let template = """
            Resources:
              Inside:
                Type: AWS::Serverless::StateMachine
                Properties: {DefinitionUri: sfn/order.asl.json}
              Escape:
                Type: AWS::Serverless::StateMachine
                Properties: {DefinitionUri: ../outside/StartAt/secret.asl.json}
            """
        let (base, repo) = try scratch(["template.yaml": template, "sfn/order.asl.json": F.order])
        defer { try? FileManager.default.removeItem(atPath: base) }
        let diff = try #require(DiffRunner.run(.git(range: "HEAD~1..HEAD", directory: repo)).diff)
        expectNoSecret(diff)
        #expect(summary(diff) == ["sfn/order.asl.json added", "sfn/order.asl.json#Inside added"])
        #expect(diff.diagnostics.map(\.ruleID) == ["template-file-outside-root"])
        #expect(diff.diagnostics.first?.position?.line == 7)
        let allowed = try #require(
            DiffRunner.run(.git(range: "HEAD~1..HEAD", directory: repo), options: DiffOptions(loading: LoadPolicy(allowOutsideRoot: true))).diff)
        #expect(summary(allowed) == ["../outside/StartAt/secret.asl.json#Escape added", "sfn/order.asl.json added", "sfn/order.asl.json#Inside added"])
    }
}
