import ASLGraphviz
import ASLRender
import ASLSource
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
        let rendered = SampleRendering.render(samples: samples)
        // Each layout runs in its own worker process, so all of them can run at once.
        let jobs = rendered.flatMap { sample in GraphvizFormat.allCases.map { (sample, $0) } }
        let pictures = jobs.concurrentMap { job in
            Result { try Pictures.draw(job.0.report.drawing, format: job.1, name: job.0.name) }
        }
        for (sampleIndex, sample) in rendered.enumerated() {
            let stem = (output as NSString).appendingPathComponent(sample.name)
            let report = sample.report
            try OutputWriter(path: stem + ".dot").write(report.dot)
            try OutputWriter(path: stem + ".mmd").write(report.mermaid)
            try OutputWriter(path: stem + ".md").write(report.markdown)
            for (formatIndex, format) in GraphvizFormat.allCases.enumerated() {
                let bytes = try pictures[sampleIndex * GraphvizFormat.allCases.count + formatIndex].get()
                try OutputWriter(path: stem + "." + format.rawValue).write(bytes)
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
