import ASLAnalysis
import ASLLoad
import ASLModel
import ASLSource

/// The text renderings of one definition file: what `render-samples` writes next to the SVG
/// and PNG (which need Graphviz and are made by the caller from `dot`).
public struct RenderedDocument: Sendable {
    /// `nil` when the file is not a readable JSON definition; `diagnostics` says why.
    public var dot: String?
    public var mermaid: String?
    public var markdown: String?
    public var diagnostics: [Diagnostic]
}

public enum DocumentRendering {
    /// Reads, validates and renders one ASL JSON definition. Validation findings are drawn
    /// on their states and listed in the report.
    ///
    /// - Parameters:
    ///   - file: the path as the user named it (shown in the report and in diagnostics).
    ///   - svgLink: a link from the report to the SVG, e.g. `order-workflow.svg`.
    public static func render(
        text: String, file: String, title: String, svgLink: String? = nil, options: DiagramOptions = DiagramOptions()
    ) -> RenderedDocument {
        let read = JSONReader.parse(text, file: file)
        guard let root = read.root, read.diagnostics.allSatisfy({ $0.severity != .error }) else {
            return RenderedDocument(dot: nil, mermaid: nil, markdown: nil, diagnostics: read.diagnostics)
        }
        let machine = StateMachineBuilder.build(root)
        let diagnostics = (read.diagnostics + Validator.validate(machine, file: file)).sorted()
        var drawing = options
        drawing.diagnostics += diagnostics
        if drawing.title == nil { drawing.title = title }
        let report = MarkdownReport.render(
            ReportInput(title: title, origin: file, machine: machine, diagnostics: diagnostics, svgLink: svgLink, diagram: drawing))
        var mermaidOptions = drawing
        mermaidOptions.title = nil
        return RenderedDocument(
            dot: DOTWriter(options: drawing).write(machine), mermaid: MermaidWriter(options: mermaidOptions).write(machine),
            markdown: report, diagnostics: diagnostics)
    }
}
