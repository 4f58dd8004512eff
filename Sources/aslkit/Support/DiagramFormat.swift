import ASLRender
import ArgumentParser

/// What `aslkit render` draws, and the extension each has in an `--out-dir` folder.
enum DiagramFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case dot, svg, png, mermaid, markdown

    var fileExtension: String {
        switch self {
        case .dot: "dot"
        case .svg: "svg"
        case .png: "png"
        case .mermaid: "mmd"
        case .markdown: "md"
        }
    }

    /// The text the report builder must write for this format (SVG and PNG are laid out from
    /// the report's drawing).
    var reportOutputs: MachineReportOutputs {
        switch self {
        case .dot: .dot
        case .mermaid: .mermaid
        case .markdown: .markdown
        case .svg, .png: []
        }
    }

    /// `--format svg,png`: one or more formats, separated by commas.
    struct List: ExpressibleByArgument {
        var formats: [DiagramFormat]

        init?(argument: String) {
            let formats = argument.split(separator: ",", omittingEmptySubsequences: false).map {
                DiagramFormat(rawValue: $0.trimmingCharacters(in: .whitespaces))
            }
            guard !formats.isEmpty, !formats.contains(nil) else { return nil }
            self.formats = formats.compactMap { $0 }
        }

        static var allValueStrings: [String] { DiagramFormat.allCases.map(\.rawValue) }
    }
}
