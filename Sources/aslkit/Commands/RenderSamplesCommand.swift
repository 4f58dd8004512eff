import ArgumentParser
import ASLGraphviz
import ASLRender
import Foundation

/// `aslkit render-samples`: every `*.asl.json` under Samples/ into Output/<name>.dot/.svg/.png/.mmd/.md.
struct RenderSamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-samples", abstract: "Render every sample definition into DOT, SVG, PNG, Mermaid and a Markdown report.")

    @Option(help: "Folder searched (recursively) for *.asl.json files.") var samples = "Samples"
    @Option(help: "Folder the renderings are written to.") var output = "Output"

    func run() throws {
        let written = try SampleRenderer(samples: samples, output: output).renderAll()
        for line in written { print(line) }
    }
}

/// Renders sample files and writes the five outputs; SVG and PNG through in-process Graphviz.
struct SampleRenderer {
    var samples: String
    var output: String

    /// One line per sample: its output base name and the finding count.
    func renderAll() throws -> [String] {
        let fm = FileManager.default
        try fm.createDirectory(atPath: output, withIntermediateDirectories: true)
        let files = (fm.enumerator(atPath: samples)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".asl.json") }.sorted()
        var lines: [String] = []
        for relative in files {
            let path = (samples as NSString).appendingPathComponent(relative)
            // Nested samples (templates/x.asl.json) become templates-x.* so names stay unique.
            let base = String(relative.dropLast(".asl.json".count)).replacingOccurrences(of: "/", with: "-")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let rendered = DocumentRendering.render(text: text, file: path, title: base, svgLink: "\(base).svg")
            guard let dot = rendered.dot, let mermaid = rendered.mermaid, let markdown = rendered.markdown else {
                lines.append("\(base): not rendered (\(rendered.diagnostics.first?.message ?? "unreadable"))")
                continue
            }
            let stem = (output as NSString).appendingPathComponent(base)
            try dot.write(toFile: stem + ".dot", atomically: true, encoding: .utf8)
            try mermaid.write(toFile: stem + ".mmd", atomically: true, encoding: .utf8)
            try markdown.write(toFile: stem + ".md", atomically: true, encoding: .utf8)
            try DiagramFiles.write(dot: dot, to: stem)
            lines.append("\(base): \(rendered.diagnostics.count) finding\(rendered.diagnostics.count == 1 ? "" : "s")")
        }
        return lines
    }
}

/// The Graphviz glue, kept out of ASLRender so the renderers stay pure Swift.
enum DiagramFiles {
    static func write(dot: String, to stem: String) throws {
        for format in GraphvizFormat.allCases {
            let rendered = try GraphvizRenderer().render(dot: dot, format: format)
            try Data(rendered.bytes).write(to: URL(fileURLWithPath: stem + "." + format.rawValue))
        }
    }
}
