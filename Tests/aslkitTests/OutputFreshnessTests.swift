import Foundation
import TestSupport
import Testing

/// `Output/` is what `aslkit render-samples` makes from `Samples/`; it must never go stale.
/// The command runs for real (in its own process, from the package root, into a temporary
/// folder); text forms are compared byte for byte, and SVG and PNG (whose bytes depend on the
/// Graphviz version) must exist in both.
@Suite struct OutputFreshnessTests {
    static let command = "swift run aslkit render-samples"

    @Test func outputMatchesSamples() throws {
        let root = SharedData.packageRoot
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fresh) }
        let run = try CommandLineTests.run(["render-samples", "--output", fresh.path])
        #expect(run.status == 0, "\(run.stderr)")

        let made = Set(try FileManager.default.contentsOfDirectory(atPath: fresh.path))
        let committed = Set((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Output").path)) ?? [])
        #expect(made.count >= 50)
        #expect(made.contains("pr-order.diff.md"))
        #expect(made.subtracting(committed).isEmpty, "Output/ lacks \(made.subtracting(committed).sorted()): run `\(Self.command)`")
        #expect(committed.subtracting(made).isEmpty, "Output/ has files no sample makes: \(committed.subtracting(made).sorted()); run `\(Self.command)` after deleting Output/")
        for name in made.sorted() where [".dot", ".mmd", ".md"].contains(where: name.hasSuffix) {
            let new = try String(contentsOf: fresh.appendingPathComponent(name), encoding: .utf8)
            let old = try? String(contentsOf: root.appendingPathComponent("Output/\(name)"), encoding: .utf8)
            #expect(old == new, "Output/\(name) is stale: run `\(Self.command)`")
        }
    }
}
