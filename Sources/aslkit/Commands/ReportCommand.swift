import ArgumentParser
import ASLRender
import Foundation

/// `aslkit report <file>`: a Markdown report with summary, Mermaid diagram, findings and states.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Write a Markdown report of a state machine.")

    @Argument(help: "An ASL JSON definition.") var file: String
    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?
    @Option(help: "Link to an SVG rendering, shown under the diagram.") var svgLink: String?

    func run() throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let title = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let rendered = DocumentRendering.render(text: text, file: file, title: title, svgLink: svgLink)
        guard let markdown = rendered.markdown else {
            throw ValidationError(rendered.diagnostics.map(\.message).joined(separator: "\n"))
        }
        if let output { try markdown.write(toFile: output, atomically: true, encoding: .utf8) } else { print(markdown, terminator: "") }
        if rendered.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
