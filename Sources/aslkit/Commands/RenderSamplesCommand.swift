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
        try OutputWriter.createDirectory(output)
        for sample in SampleRendering.render(samples: samples) {
            let stem = (output as NSString).appendingPathComponent(sample.name)
            let report = sample.report
            try OutputWriter(path: stem + ".dot").write(report.dot)
            try OutputWriter(path: stem + ".mmd").write(report.mermaid)
            try OutputWriter(path: stem + ".md").write(report.markdown)
            for format in GraphvizFormat.allCases {
                let rendered = try GraphvizRenderer().render(dot: report.dot, format: format)
                try OutputWriter(path: stem + "." + format.rawValue).write(rendered.bytes)
            }
            let findings = report.diagnostics.count
            try OutputWriter.standardOutput.write("\(sample.name): \(findings) finding\(findings == 1 ? "" : "s")\n")
        }
        for report in SampleRendering.diffReports(samples: samples) {
            try OutputWriter(path: (output as NSString).appendingPathComponent(report.name + ".md")).write(report.markdown)
            try OutputWriter.standardOutput.write("\(report.name): PR report\n")
        }
    }
}
