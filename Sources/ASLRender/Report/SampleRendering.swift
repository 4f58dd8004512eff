import ASLAnalysis
import ASLLoad
import Foundation

/// What `aslkit render-samples` adds to `aslkit render Samples --out-dir Output`: the worst-case
/// path highlighted, a sample's recorded execution drawn as coverage, and PR reports for pairs
/// of samples.
public enum SampleRendering {
    /// The report options of one sample: a sample `x.asl.json` with an `x.history.json` beside it
    /// is drawn with that execution's coverage, every other with its worst-case path.
    public static func options(for machine: LoadedMachine, stem: String) -> MachineReportOptions {
        var options = MachineReportOptions(svgLink: "\(stem).svg", highlightWorstCase: true)
        let historyPath = historyFile(for: machine.origin.file)
        if FileManager.default.fileExists(atPath: historyPath), let histories = try? ExecutionHistory.load(paths: [historyPath]) {
            options.histories = histories
            options.highlightWorstCase = false
        }
        return options
    }

    /// PR reports for every `x-before.*` / `x-after.*` pair under `samples`, named
    /// `<folder>-x.diff.md`: what `aslkit diff` posts on a pull request.
    public static func diffReports(samples: String) -> [(name: String, markdown: String)] {
        let loaded = Loader.load(paths: [samples])
        let files = Set(loaded.machines.map(\.origin.file))
        return files.filter { $0.contains("-before.") }.sorted().compactMap { before in
            let after = before.replacingOccurrences(of: "-before.", with: "-after.")
            guard files.contains(after),
                let diff = DiffRunner.run(.paths(base: before, head: after)).diff
            else { return nil }
            let origin = MachineOrigin(file: before, resource: nil, kind: .asl)
            let stem = DiagramFileNames.stems(for: [origin], inputs: [samples])[0]
            return (stem.replacingOccurrences(of: "-before", with: "") + ".diff", DiffMarkdownRenderer.render(diff))
        }
    }

    static func historyFile(for file: String) -> String {
        MachineReportBuilder.stem(file) + ".history.json"
    }
}
