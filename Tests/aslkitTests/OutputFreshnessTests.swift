import ASLRender
import Foundation
import TestSupport
import Testing

/// `Output/` is what `aslkit render-samples` makes from `Samples/`; it must never go stale.
/// Text forms are compared byte for byte; SVG and PNG (whose bytes depend on the Graphviz
/// version) must exist and the SVG must carry every state's id.
@Suite struct OutputFreshnessTests {
    static let command = "swift run aslkit render-samples"

    @Test func outputMatchesSamples() throws {
        let root = SharedData.packageRoot
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(root.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let samples = SampleRendering.render(samples: "Samples")
        #expect(samples.count >= 10)
        var expectedFiles = Set<String>()
        for sample in samples {
            for (ext, text) in [("dot", sample.report.dot), ("mmd", sample.report.mermaid), ("md", sample.report.markdown)] {
                let name = "\(sample.name).\(ext)"
                expectedFiles.insert(name)
                let committed = try? String(contentsOf: root.appendingPathComponent("Output/\(name)"), encoding: .utf8)
                #expect(committed == text, "Output/\(name) is stale: run `\(Self.command)`")
            }
            for ext in ["svg", "png"] {
                let name = "\(sample.name).\(ext)"
                expectedFiles.insert(name)
                #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Output/\(name)").path), "Output/\(name) is missing: run `\(Self.command)`")
            }
        }
        for report in SampleRendering.diffReports(samples: "Samples") {
            let name = "\(report.name).md"
            expectedFiles.insert(name)
            let committed = try? String(contentsOf: root.appendingPathComponent("Output/\(name)"), encoding: .utf8)
            #expect(committed == report.markdown, "Output/\(name) is stale: run `\(Self.command)`")
        }
        #expect(expectedFiles.contains("pr-order.diff.md"))
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Output").path)) ?? [])
        #expect(present.subtracting(expectedFiles).isEmpty, "Output/ has files no sample makes: \(present.subtracting(expectedFiles).sorted()); run `\(Self.command)` after deleting Output/")
    }
}
