import ASLAnalysis
import ASLRender
import ArgumentParser

/// Options every drawing command shares: how to draw, what to overlay, what to assume.
struct DiagramArguments: ParsableArguments {
    enum Highlight: String, ExpressibleByArgument, CaseIterable {
        case worstCase = "worst-case"
    }

    @Flag(help: "Draw Parallel and Map states as single nodes.") var collapse = false
    @Flag(help: "Leave out Choice and Catch labels.") var noEdgeLabels = false
    @Option(help: "Overlay on the diagram: worst-case (the path with the longest worst-case duration).") var highlight: Highlight?
    @Option(name: .customLong("coverage"), help: "An execution history (AWS get-execution-history JSON) or a folder of them; colours what ran (repeatable).")
    var histories: [String] = []
    @OptionGroup var assumptions: AssumptionOptions
    @OptionGroup var rules: RuleOptions

    func reportOptions(svgLink: String? = nil) throws -> MachineReportOptions {
        let history = try histories.isEmpty ? [] : ExecutionHistory.load(paths: histories)
        let settings = try assumptions.resolvedSettings()
        return MachineReportOptions(
            svgLink: svgLink, diagram: DiagramOptions(collapse: collapse, edgeLabels: !noEdgeLabels),
            assumptions: settings.assumptions, highlightWorstCase: highlight == .worstCase, histories: history,
            rules: rules.settings(over: settings.rules))
    }
}
