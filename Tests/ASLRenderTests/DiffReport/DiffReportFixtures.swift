import ASLAnalysis
import ASLLoad
import Foundation

enum DiffReportFixtures {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Samples/pr").standardized

    static func sample(_ name: String) throws -> LoadResult {
        let text = try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8)
        return Loader.load(SourceText(path: "Samples/pr/" + name, text: text))
    }

    /// The before/after pair of `Samples/pr`, paired as two explicit files.
    static func sampleDiff(options: DiffOptions = DiffOptions()) throws -> RepositoryDiff {
        RepositoryDiffer.diff(
            base: try sample("order-before.asl.json"), head: try sample("order-after.asl.json"),
            baseLabel: "order-before.asl.json", headLabel: "order-after.asl.json", pairing: .init(ignoreFiles: true), options: options)
    }

    static func load(_ text: String, file: String) -> LoadResult { Loader.load(SourceText(path: file, text: text)) }

    /// State names built to break Markdown, HTML and Mermaid if written unescaped.
    static let hostileBase = #"""
        {"StartAt": "Say \"hi\" <b>&</b>", "States": {
          "Say \"hi\" <b>&</b>": {"Type": "Pass", "Next": "a|b `code` %% c"},
          "a|b `code` %% c": {"Type": "Pass", "Next": "x --> y\nz"},
          "x --> y\nz": {"Type": "Succeed"}}}
        """#

    static let hostileHead = #"""
        {"StartAt": "Say \"hi\" <b>&</b>", "States": {
          "Say \"hi\" <b>&</b>": {"Type": "Pass", "Next": "a|b `code` %% c"},
          "a|b `code` %% c": {"Type": "Pass", "Result": "]] end; click", "Next": "[[weird]] {x} #1;"},
          "[[weird]] {x} #1;": {"Type": "Pass", "Next": "x --> y\nz"},
          "x --> y\nz": {"Type": "Succeed"}}}
        """#
}
