import ASLGraphviz
import ASLRender
import ArgumentParser
import Foundation

/// `aslkit render <file>`: the state machine as DOT, Mermaid, SVG, PNG or a Markdown report.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Draw a state machine (DOT, SVG, PNG, Mermaid, Markdown).",
        discussion: "SVG and PNG are laid out in-process by Graphviz's library. Exit status: 0, 2 when the file holds no (or more than one unselected) machine.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case dot, svg, png, mermaid, markdown }

    @Argument(help: "A definition or template.") var file: String
    @Option(help: "dot, svg, png, mermaid or markdown.") var format = Format.svg
    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?
    @Option(help: "The template resource to draw when the file holds several machines.") var machine: String?
    @OptionGroup var diagram: DiagramArguments
    @OptionGroup var loading: LoadOptions

    func run() throws {
        let report = try MachineSelection.one(in: file, named: machine, options: diagram.reportOptions(), loading: loading.policy)
        let bytes: [UInt8] = switch format {
        case .dot: Array(report.dot.utf8)
        case .mermaid: Array(report.mermaid.utf8)
        case .markdown: Array(report.markdown.utf8)
        case .svg: try GraphvizRenderer().render(dot: report.dot, format: .svg).bytes
        case .png: try GraphvizRenderer().render(dot: report.dot, format: .png).bytes
        }
        try OutputWriter(path: output).write(bytes)
    }
}
