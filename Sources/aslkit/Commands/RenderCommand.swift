import ArgumentParser
import ASLGraphviz
import ASLLoad
import ASLModel
import ASLRender
import Foundation

/// `aslkit render <file>`: the state machine as DOT, Mermaid, SVG or PNG.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Draw a state machine (DOT, Mermaid, SVG, PNG).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case dot, mermaid, svg, png }

    @Argument(help: "An ASL JSON definition.") var file: String
    @Option(help: "dot, mermaid, svg or png.") var format = Format.svg
    @Option(name: .shortAndLong, help: "Output file (default: standard output; required for png).") var output: String?
    @Flag(help: "Draw Parallel and Map states as single nodes.") var collapse = false
    @Flag(help: "Leave out Choice and Catch labels.") var noEdgeLabels = false

    func run() throws {
        var options = DiagramOptions(collapse: collapse, edgeLabels: !noEdgeLabels)
        options.title = (file as NSString).lastPathComponent
        let bytes = try RenderRequest(file: file, format: format, options: options).render()
        if let output {
            try Data(bytes).write(to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}

/// One file to one picture; validation findings are drawn on their states.
struct RenderRequest {
    var file: String
    var format: RenderCommand.Format
    var options: DiagramOptions

    func render() throws -> [UInt8] {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let rendered = DocumentRendering.render(text: text, file: file, title: options.title ?? file, options: options)
        guard let dot = rendered.dot, let mermaid = rendered.mermaid else {
            throw ValidationError(rendered.diagnostics.map { "\(file):\($0.position?.description ?? "-"): \($0.message)" }.joined(separator: "\n"))
        }
        switch format {
        case .dot: return Array(dot.utf8)
        case .mermaid: return Array(mermaid.utf8)
        case .svg: return try GraphvizRenderer().render(dot: dot, format: .svg).bytes
        case .png: return try GraphvizRenderer().render(dot: dot, format: .png).bytes
        }
    }
}
