import ASLGraphviz
import ASLRender
import ArgumentParser
import Foundation

/// `aslkit render-samples`: every machine under Samples/ into Output/<name>.dot/.svg/.png/.mmd/.md.
struct RenderSamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-samples",
        abstract: "Render every sample machine into DOT, SVG, PNG, Mermaid and a Markdown report (keeps Output/ fresh).")

    @Option(help: "Folder searched for state machines.") var samples = "Samples"
    @Option(help: "Folder the renderings are written to.") var output = "Output"

    func run() throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        for sample in SampleRendering.render(samples: samples) {
            let stem = (output as NSString).appendingPathComponent(sample.name)
            let report = sample.report
            try report.dot.write(toFile: stem + ".dot", atomically: true, encoding: .utf8)
            try report.mermaid.write(toFile: stem + ".mmd", atomically: true, encoding: .utf8)
            try report.markdown.write(toFile: stem + ".md", atomically: true, encoding: .utf8)
            for format in GraphvizFormat.allCases {
                let rendered = try GraphvizRenderer().render(dot: report.dot, format: format)
                try Data(rendered.bytes).write(to: URL(fileURLWithPath: stem + "." + format.rawValue))
            }
            let findings = report.diagnostics.count
            print("\(sample.name): \(findings) finding\(findings == 1 ? "" : "s")")
        }
        for report in SampleRendering.diffReports(samples: samples) {
            try report.markdown.write(toFile: (output as NSString).appendingPathComponent(report.name + ".md"), atomically: true, encoding: .utf8)
            print("\(report.name): PR report")
        }
    }
}
