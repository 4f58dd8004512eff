@testable import ASLAnalysis
import ASLSource
import Foundation
import Testing
import TestSupport

/// `run(paths:options:keepingDiagnostics:emit:)` hands findings out as files finish; what it
/// hands out, in order, must be what `run(paths:options:)` returns at the end.
@Suite struct StreamingValidationTests {
    /// A folder whose walk order differs from the order findings are printed in (`a-b` sorts
    /// before `a/` by bytes), with clean files, broken ones and machines with many findings.
    static func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-stream-\(UUID().uuidString)")
        let files: [(String, String)] = [
            ("a/flawed.asl.json", ConcurrentValidationTests.flawedMachine(blocks: 30)),
            ("a-b.asl.json", ConcurrentValidationTests.flawedMachine(blocks: 3)),
            ("a/clean.asl.json", #"{"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}}"#),
            ("b/broken.asl.json", #"{"StartAt": "X", "States": {"X": {"Type": "Pass", "End": true}"#),
            ("b/unknown.asl.json", #"{"StartAt": "X", "States": {"X": {"Type": "Pass", "Next": "Nowhere"}}}"#),
            ("c.asl.json", ConcurrentValidationTests.flawedMachine(blocks: 10)),
        ]
        for (name, text) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    func streamed(_ paths: [String], keeping: Bool) -> (run: ValidationRun, batches: [[Diagnostic]]) {
        var batches: [[Diagnostic]] = []
        let run = ValidationRunner.run(paths: paths, keepingDiagnostics: keeping) { batches.append(Array($0)) }
        return (run, batches)
    }

    @Test func streamedFindingsAreTheWholeRunsInOrder() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let paths = [root.path + "/c.asl.json", root.path]
        let whole = ValidationRunner.run(paths: paths)
        #expect(whole.diagnostics.count > 300)
        #expect(Set(whole.diagnostics.map(\.file)).count == 5)

        let (run, batches) = streamed(paths, keeping: false)
        #expect(batches.flatMap { $0 } == whole.diagnostics)
        // One batch per file with findings: nothing was held to the end.
        #expect(batches.count == 5)
        #expect(run.diagnostics.isEmpty)
        #expect(run.machines == whole.machines)
        #expect(run.filesScanned == whole.filesScanned)
        for severity in Severity.allCases { #expect(run.count(severity) == whole.count(severity), "\(severity)") }
        #expect(run.hasFinding(ruledBy: ["json-syntax", "transition-target-missing"]) == whole.hasFinding(ruledBy: ["json-syntax", "transition-target-missing"]))

        let (kept, keptBatches) = streamed(paths, keeping: true)
        #expect(kept.diagnostics == whole.diagnostics)
        #expect(keptBatches.flatMap { $0 } == whole.diagnostics)
        #expect(kept.machines == whole.machines)
    }

    /// The same file named twice: its two copies' findings interleave in the sorted order,
    /// so the first copy's wait for the second.
    @Test func aFileNamedTwiceIsMergedAsTheSortWouldMergeIt() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.path + "/c.asl.json"
        let paths = [file, root.path + "/a-b.asl.json", file]
        let whole = ValidationRunner.run(paths: paths)
        let (run, batches) = streamed(paths, keeping: false)
        #expect(batches.flatMap { $0 } == whole.diagnostics)
        #expect(batches.count == 2)
        #expect(run.filesScanned == 3)
    }

    @Test func noFilesAndOneFile() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let (none, noBatches) = streamed([empty.path], keeping: false)
        #expect(noBatches.isEmpty)
        #expect(none.filesScanned == 0)
        let single = root.path + "/b/broken.asl.json"
        let (one, oneBatch) = streamed([single], keeping: false)
        #expect(oneBatch.flatMap { $0 } == ValidationRunner.run(paths: [single]).diagnostics)
        #expect(one.count(.error) == 1)
    }

    @Test(.enabled(if: SharedData.isPresent("corpus"), "needs ../shared/corpus"))
    func corpusStreamsWhatTheWholeRunFinds() throws {
        let corpus = try SharedData.require("corpus")
        let whole = ValidationRunner.run(paths: [corpus.path])
        let (run, batches) = streamed([corpus.path], keeping: false)
        #expect(batches.flatMap { $0 } == whole.diagnostics)
        #expect(run.machines == whole.machines)
        #expect(run.filesScanned == whole.filesScanned)
        #expect(whole.diagnostics.count > 100)
    }
}
