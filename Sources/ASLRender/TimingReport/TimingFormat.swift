import ASLAnalysis

/// Output formats of `aslkit analyze`.
public enum TimingFormat: String, CaseIterable, Sendable {
    case text, json, markdown

    /// `render`, written to `stream`; JSON and text as they are made.
    public func write(_ run: TimingRunner.AnalysisRun, into stream: inout some TextOutputStream) {
        switch self {
        case .json: TimingJSONRenderer.write(run.machines, into: &stream)
        case .text:
            for (index, machine) in run.machines.enumerated() {
                if index > 0 { stream.write("\n") }
                TimingTextRenderer.write(file: machine.name, report: machine.report, cost: machine.cost, into: &stream)
            }
        case .markdown: stream.write(render(run))
        }
    }

    /// Every machine of a run, separated by a blank line (text, Markdown) or as one JSON array.
    public func render(_ run: TimingRunner.AnalysisRun) -> String {
        switch self {
        case .json: return TimingJSONRenderer.render(run.machines)
        case .text:
            return run.machines.map { TimingTextRenderer.render(file: $0.name, report: $0.report, cost: $0.cost) }
                .joined(separator: "\n")
        case .markdown:
            return run.machines.map { TimingMarkdownRenderer.render(file: $0.name, report: $0.report, cost: $0.cost) }
                .joined(separator: "\n")
        }
    }
}
