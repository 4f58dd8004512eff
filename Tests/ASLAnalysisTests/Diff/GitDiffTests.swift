import ASLAnalysis
import Foundation
import Testing

/// `aslkit diff --git` on a scratch repository: changed, added, removed and renamed files,
/// read with `git show` without touching the working tree.
@Suite struct GitDiffTests {
    typealias F = DiffFixtures

    private static let gitAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/git")

    private func git(_ directory: URL, _ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-C", directory.path, "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
    }

    private func write(_ directory: URL, _ path: String, _ text: String) throws {
        let url = directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    private func scratchRepository() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try git(directory, "init", "-q")
        for name in ["a", "b", "same"] { try write(directory, "flows/\(name).asl.json", F.order) }
        try write(directory, "flows/old.asl.json", Self.old)
        try write(directory, "package.json", #"{"name": "shop"}"#)
        try git(directory, "add", ".")
        try git(directory, "commit", "-q", "-m", "base")
        return directory
    }

    private func applyChange(_ directory: URL) throws {
        let slower = F.edited([("\"TimeoutSeconds\": 30", "\"TimeoutSeconds\": 300")])
        try write(directory, "flows/a.asl.json", slower)
        try git(directory, "rm", "-q", "flows/b.asl.json")
        try git(directory, "mv", "flows/old.asl.json", "flows/new.asl.json")
        try write(directory, "flows/new.asl.json", F.edited([("\"TimeoutSeconds\": 60", "\"TimeoutSeconds\": 61")], of: Self.old))
        // Unlike anything removed, so git does not pair it with b as a rename.
        try write(directory, "flows/c.asl.json", #"{"StartAt": "Hello", "States": {"Hello": {"Type": "Pass", "End": true}}}"#)
        try write(directory, "package.json", #"{"name": "shop", "version": "2"}"#)
        try git(directory, "add", "flows/c.asl.json")
    }

    /// Distinct from `b`, so git pairs the renamed file with it and not with `b`.
    private static let old = F.order.replacingOccurrences(of: "{\"StartAt\"", with: "{\"Comment\": \"the old one\", \"StartAt\"")

    private func summary(_ diff: RepositoryDiff) -> [String] {
        diff.machines.map { "\($0.name) \($0.status.rawValue)" + ($0.baseName.map { " was \($0)" } ?? "") }
    }

    @Test(.enabled(if: gitAvailable)) func workingTreeAgainstARevision() throws {
        let directory = try scratchRepository()
        defer { try? FileManager.default.removeItem(at: directory) }
        try applyChange(directory)
        let run = DiffRunner.run(.git(range: "HEAD", directory: directory.path))
        let diff = try #require(run.diff, "\(run.error ?? "")")
        #expect(diff.baseLabel == "HEAD" && diff.headLabel == "working tree")
        #expect(summary(diff) == [
            "flows/a.asl.json changed", "flows/b.asl.json removed", "flows/c.asl.json added",
            "flows/new.asl.json changed was flows/old.asl.json",
        ])
        #expect(diff.unchangedCount == 1)
        #expect(diff.machines[0].changedStates.map(\.state.name) == ["Validate"])
        #expect(diff.machines[3].changedStates.map(\.state.name) == ["Review"])
        #expect(run.exitCode(failOnNewErrors: true, failOnBudget: true) == 0)
    }

    @Test(.enabled(if: gitAvailable)) func twoRevisions() throws {
        let directory = try scratchRepository()
        defer { try? FileManager.default.removeItem(at: directory) }
        try applyChange(directory)
        try git(directory, "add", "-A")
        try git(directory, "commit", "-q", "-m", "change")
        // Scribble on the working tree: a range must not read it.
        try write(directory, "flows/a.asl.json", "not json")
        let diff = try #require(DiffRunner.run(.git(range: "HEAD~1..HEAD", directory: directory.path)).diff)
        #expect(diff.headLabel == "HEAD")
        #expect(summary(diff) == [
            "flows/a.asl.json changed", "flows/b.asl.json removed", "flows/c.asl.json added",
            "flows/new.asl.json changed was flows/old.asl.json",
        ])
        #expect(diff.diagnostics.isEmpty)
    }

    @Test(.enabled(if: gitAvailable)) func unknownRevisionIsAnError() throws {
        let directory = try scratchRepository()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = DiffRunner.run(.git(range: "no-such-branch", directory: directory.path))
        #expect(run.diff == nil)
        #expect(run.error == "unknown revision 'no-such-branch': no commit of that name")
        #expect(run.exitCode(failOnNewErrors: false, failOnBudget: false) == 2)
    }
}
