import ASLAnalysis
import ASLLoad
import ASLRender
import Foundation
import Testing
import TestSupport

/// Every Mermaid diagram aslkit writes or embeds, parsed and rendered by the real Mermaid
/// (artoo-mermaid's `mermaid.min.js` in headless Chromium, through `Tests/Tools/mermaid-check.py`;
/// `.ci/run` installs both). One browser process checks a whole batch.
@Suite struct RealMermaidTests {
    static let checker = SharedData.projectFile("Tests/Tools/mermaid-check.py").path

    static let available: Bool = (try? run(["--probe"]).status) == 0

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", checker] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Checks `files` and expects every one of their diagrams to pass.
    static func expectAllPass(_ files: [String], atLeast count: Int) throws {
        let result = try run(files)
        #expect(result.status == 0, "\(result.output)")
        let summary = result.output.split(separator: "\n").last.map(String.init) ?? ""
        let checked = Int(summary.split(separator: " ").dropFirst().first ?? "") ?? 0
        #expect(checked >= count, "\(summary)")
    }

    static func files(under folder: String, extensions: [String]) -> [String] {
        let root = SharedData.projectFile(folder)
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { name in extensions.contains { name.hasSuffix($0) } }.sorted()
            .map { root.appendingPathComponent($0).path }
    }

    /// Golden `.mmd` files, the Markdown goldens and `Output/` files that embed diagrams, and
    /// the report and diff of generated machines past GitHub's limits.
    @Test(.enabled(if: available, "needs chromium and artoo-mermaid (pip); .ci/run installs both"))
    func goldenOutputAndLargeDiagramsPassTheRealMermaid() throws {
        let folder = try TemporaryFolder()
        var files = Self.files(under: "Tests/ASLRenderTests", extensions: [".mmd", ".md"])
        files += Self.files(under: "Output", extensions: [".mmd", ".md"])
        for (name, json) in LargeMachines.all {
            files.append(try folder.write("\(name).md", MachineReportBuilder.build(LargeMachines.loaded(json, file: name)).markdown))
        }
        for (name, diff) in LargeMachines.diffs {
            files.append(try folder.write("\(name).diff.md", DiffMarkdownRenderer.render(diff)))
        }
        try Self.expectAllPass(files, atLeast: 40)
    }

    /// The report diagram of every machine in `../shared/corpus`.
    @Test(.enabled(if: available && SharedData.directory("corpus") != nil, "needs ../shared/corpus, chromium and artoo-mermaid"))
    func everyCorpusReportDiagramPassesTheRealMermaid() throws {
        let corpus = try #require(SharedData.directory("corpus"))
        let folder = try TemporaryFolder()
        let loaded = Loader.load(paths: [corpus.path])
        var files: [String] = []
        for (i, machine) in loaded.machines.enumerated() {
            files.append(try folder.write("corpus-\(i).md", MachineReportBuilder.build(machine).markdown))
        }
        try Self.expectAllPass(files, atLeast: 677)
    }
}

/// A folder under the system's temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-mermaid-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
