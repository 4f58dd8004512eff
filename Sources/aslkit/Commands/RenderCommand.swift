import ASLGraphviz
import ASLRender
import ArgumentParser
import Foundation

/// `aslkit render <file>`: the state machine as DOT, Mermaid, SVG, PNG or a Markdown report.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Draw a state machine (DOT, SVG, PNG, Mermaid, Markdown).",
        discussion: "SVG and PNG are laid out by Graphviz's library in a worker process with a deadline; a simpler drawing is used (and a note printed) when the full one fails. PNG is not written to a terminal: give -o. Exit status: 0, 2 when the file holds no (or more than one unselected) machine.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case dot, svg, png, mermaid, markdown }

    @Argument(help: "A definition or template.") var file: String
    @Option(help: "dot, svg, png, mermaid or markdown.") var format = Format.svg
    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?
    @Option(help: "The template resource to draw when the file holds several machines.") var machine: String?
    @OptionGroup var diagram: DiagramArguments
    @OptionGroup var loading: LoadOptions

    func validate() throws {
        if format == .png, output == nil, isatty(STDOUT_FILENO) != 0 {
            throw ValidationError("a PNG is binary and would garble the terminal; write it to a file with -o FILE.png (or redirect standard output)")
        }
    }

    func run() throws {
        let report = try MachineSelection.one(in: file, named: machine, options: diagram.reportOptions(), loading: loading.policy)
        let bytes: [UInt8] = switch format {
        case .dot: Array(report.dot.utf8)
        case .mermaid: Array(report.mermaid.utf8)
        case .markdown: Array(report.markdown.utf8)
        case .svg: try Pictures.draw(report.drawing, format: .svg, name: report.title)
        case .png: try Pictures.draw(report.drawing, format: .png, name: report.title)
        }
        try OutputWriter(path: output).write(bytes)
    }
}
