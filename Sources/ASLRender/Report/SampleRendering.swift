import ASLAnalysis
import ASLLoad
import Foundation

/// What `aslkit render-samples` writes for each machine under `Samples/`, computed without
/// touching the disk so that a test can compare it with the committed `Output/`.
public struct RenderedSample: Sendable {
    /// Output file stem, e.g. `order-workflow` or `templates-order-sam-OrderMachine`.
    public var name: String
    public var report: MachineReport
}

public enum SampleRendering {
    /// Every machine found in `samples`, in a stable order. A sample `x.asl.json` with an
    /// `x.history.json` beside it is drawn with that execution's coverage.
    public static func render(samples: String) -> [RenderedSample] {
        let loaded = Loader.load(paths: [samples])
        return loaded.machines.map { machine in
            let name = outputName(machine.origin, samples: samples)
            var options = MachineReportOptions(svgLink: "\(name).svg", highlightWorstCase: true)
            let historyPath = historyFile(for: machine.origin.file)
            if FileManager.default.fileExists(atPath: historyPath), let histories = try? ExecutionHistory.load(paths: [historyPath]) {
                options.histories = histories
                options.highlightWorstCase = false
            }
            return RenderedSample(name: name, report: MachineReportBuilder.build(machine, options: options))
        }
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
            let name = outputName(origin, samples: samples).replacingOccurrences(of: "-before", with: "") + ".diff"
            return (name, DiffMarkdownRenderer.render(diff))
        }
    }

    /// The path relative to the samples folder, extensions dropped, folders joined by `-`,
    /// and the template resource appended.
    static func outputName(_ origin: MachineOrigin, samples: String) -> String {
        let prefix = samples.hasSuffix("/") ? samples : samples + "/"
        let relative = origin.file.hasPrefix(prefix) ? String(origin.file.dropFirst(prefix.count)) : origin.file
        let stem = MachineReportBuilder.stem(relative).split(separator: "/").joined(separator: "-")
        return origin.resource.map { "\(stem)-\($0)" } ?? stem
    }

    static func historyFile(for file: String) -> String {
        MachineReportBuilder.stem(file) + ".history.json"
    }
}
