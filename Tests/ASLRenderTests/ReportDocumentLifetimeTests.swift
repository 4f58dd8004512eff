@testable import ASLLoad
import ASLRender
import ASLSource
import Testing

/// A report reads the document only to validate it; what it keeps afterwards (the drawing,
/// timing, paths) holds nothing of the document, whose arena is freed before the drawing is
/// made.
@Suite struct ReportDocumentLifetimeTests {
    final class WeakArena {
        weak var arena: DocumentArena?
        init(_ arena: DocumentArena) { self.arena = arena }
    }

    static let text = #"""
        {"StartAt": "Work", "States": {
          "Work": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:w",
            "Retry": [{"ErrorEquals": ["States.ALL"]}], "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}], "Next": "Fan"},
          "Fan": {"Type": "Parallel", "Branches": [{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}], "End": true},
          "Failed": {"Type": "Fail"}}}
        """#

    /// The loaded machine, and a weak reference to its document's arena (no other reference
    /// left in this frame).
    static func load() throws -> (LoadedMachine, WeakArena) {
        var loaded = Loader.load(bytes: Array(text.utf8), path: "m.asl.json", policy: LoadPolicy())
        try #require(loaded.machines.count == 1)
        let machine = loaded.machines.removeFirst()
        guard let arena = machine.definition.storage as? DocumentArena else { throw Unexpected.noArena }
        return (machine, WeakArena(arena))
    }

    enum Unexpected: Error { case noArena }

    @Test func theReportKeepsNoViewOfTheDocument() throws {
        let (machine, weak) = try Self.load()
        #expect(weak.arena != nil)
        let report = MachineReportBuilder.build(consume machine)
        #expect(weak.arena == nil)
        // Validation did read the document, with its positions.
        #expect(report.diagnostics.map { "\($0.ruleID) \($0.position.map(String.init(describing:)) ?? "")" } == ["task-timeout-missing 2:3"])
        #expect(report.dot.contains("Fan"))
    }

    /// Each call of `releaseFreedMemory`, and whether the document's arena was gone by then.
    final class ReleaseLog: @unchecked Sendable {
        let weak: WeakArena
        var arenaGoneAtCall: [Bool] = []
        init(_ weak: WeakArena) { self.weak = weak }
    }

    @Test func freedMemoryIsReleasedOnceTheDocumentIsGoneAndAgainAfterTheAnalyses() throws {
        for outputs in [MachineReportOutputs.markdown, .dot] {
            let (machine, weak) = try Self.load()
            let log = ReleaseLog(weak)
            var options = MachineReportOptions()
            options.outputs = outputs
            options.releaseFreedMemory = { log.arenaGoneAtCall.append(log.weak.arena == nil) }
            _ = MachineReportBuilder.build(consume machine, options: options)
            // A drawing alone runs no analyses: nothing more to release before it.
            #expect(log.arenaGoneAtCall == (outputs == .markdown ? [true, true] : [true]))
        }
    }

    @Test func eachMachineIsHandedOutOnce() {
        let handOut = HandOut(["a", "b", "c"])
        #expect((0..<3).concurrentMap { handOut.take($0) } == ["a", "b", "c"])
    }
}
