import ASLAnalysis
import ASLLoad
import ASLModel
import ASLSource

/// What `aslkit report`, `render` and `render-samples` need besides the diagram options.
public struct MachineReportOptions: Sendable {
    public var svgLink: String?
    public var diagram: DiagramOptions
    public var assumptions: Assumptions
    public var paths: PathOptions
    /// Draw the worst-case path on the diagram (`--highlight worst-case`).
    public var highlightWorstCase: Bool
    /// Executions whose coverage is coloured on the diagram and reported.
    public var histories: [ExecutionHistory]
    /// Rule levels from the settings file, applied to the findings as `validate` applies them.
    public var rules: RuleSettings
    /// The texts to write; the others are left empty. A command wants one of them, and on a
    /// 50,000-state machine the DOT alone is 31 MB.
    public var outputs: MachineReportOutputs = .all
    /// Called once the document and the checks' structures are freed, before the analyses,
    /// and again before the drawing when the analyses ran: a command hands the C heap's free
    /// pages back to the system (`malloc_trim`), which this library cannot reach. Freed in
    /// the middle of the heap, and in the arena of the checks' second thread, they stayed
    /// resident: 13 MiB of `report`'s 131 MiB peak on a machine of 105,000 small states.
    public var releaseFreedMemory: (@Sendable () -> Void)?

    public init(
        svgLink: String? = nil, diagram: DiagramOptions = DiagramOptions(), assumptions: Assumptions = Assumptions(),
        paths: PathOptions = PathOptions(), highlightWorstCase: Bool = false, histories: [ExecutionHistory] = [],
        rules: RuleSettings = RuleSettings()
    ) {
        self.rules = rules
        self.svgLink = svgLink
        self.diagram = diagram
        self.assumptions = assumptions
        self.paths = paths
        self.highlightWorstCase = highlightWorstCase
        self.histories = histories
    }
}

/// Which texts ``MachineReportBuilder`` writes.
public struct MachineReportOutputs: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let dot = MachineReportOutputs(rawValue: 1)
    public static let mermaid = MachineReportOutputs(rawValue: 2)
    public static let markdown = MachineReportOutputs(rawValue: 4)
    public static let all: MachineReportOutputs = [.dot, .mermaid, .markdown]
}

/// One machine, analysed and rendered in the text forms its options ask for.
public struct MachineReport: Sendable {
    public var origin: MachineOrigin
    public var title: String
    public var diagnostics: [Diagnostic]
    /// Empty unless ``MachineReportOptions/outputs`` holds `.dot`; likewise `mermaid`.
    public var dot: String
    public var mermaid: String
    /// What the Markdown report shows, kept instead of its text (7 MB for 50,000 states) when
    /// ``MachineReportOptions/outputs`` holds `.markdown`; `nil` otherwise.
    public var markdownInput: ReportInput?
    /// The Markdown report, made on each read; empty unless ``MachineReportOptions/outputs``
    /// holds `.markdown`. `writeMarkdown(into:)` writes it without holding it.
    public var markdown: String {
        var text = ""
        writeMarkdown(into: &text)
        return text
    }
    /// What `dot` is made from, for simpler drawings when the full one cannot be laid out.
    public var drawing: MachineDrawing

    /// The text `dot` holds when the options ask for it, written into `out` instead.
    public func writeDOT(into out: inout some TextOutputStream) {
        DOTWriter(options: drawing.options).write(drawing.machine, into: &out)
    }

    /// The text `markdown` returns, written into `out` instead.
    public func writeMarkdown(into out: inout some TextOutputStream) {
        if let markdownInput { MarkdownReport.write(markdownInput, into: &out) }
    }

    /// The text `mermaid` holds when the options ask for it (the drawing without its title,
    /// which Markdown shows as a heading), written into `out` instead.
    public func writeMermaid(into out: inout some TextOutputStream) {
        var options = drawing.options
        options.title = nil
        MermaidWriter(options: options).write(drawing.machine, into: &out)
    }
}

/// The report pipeline: validate, count paths, bound time and cost, measure coverage, then
/// draw and write. Each analysis is the library's own entry point; this only assembles.
public enum MachineReportBuilder {
    /// Every machine found under `paths` (files, directories, templates), in load order, and
    /// what the loader reported about files it could not read.
    public static func build(
        paths: [String], options: MachineReportOptions = MachineReportOptions(), loading: LoadPolicy = LoadPolicy(),
        progress: (any RunProgress)? = nil
    ) -> (reports: [MachineReport], loadDiagnostics: [Diagnostic]) {
        var loaded = Loader.load(paths: paths, policy: loading)
        let count = loaded.machines.count
        progress?.start(total: count)
        let machines = HandOut(loaded.machines)
        loaded.machines = []
        // Machines are independent: each report is built on its own core, in load order, and
        // each document is freed as soon as its report no longer needs it.
        let reports = (0..<count).concurrentMap(concurrently: count >= 2) { index in
            let machine = machines.take(index)
            let name = machine.origin.displayName
            defer { progress?.advance(item: name) }
            return build(consume machine, options: options)
        }
        return (reports, loaded.diagnostics)
    }

    /// Validation is the last reader of the document: everything after it (timing, paths,
    /// coverage, the drawing) reads the typed model, which is built a second time without
    /// links to the document so that the document is freed first (a third of the memory of
    /// a big machine, for about a tenth of the time).
    public static func build(_ loaded: consuming LoadedMachine, options: MachineReportOptions = MachineReportOptions()) -> MachineReport {
        let assumptions = options.assumptions.resolved(for: loaded)
        let express = assumptions.machineType == .express
        // The model the checks read links to the document; it is gone when they return.
        let diagnostics = Validator.validate(
            definition: loaded.definition, file: loaded.origin.file, isExpress: express, rules: options.rules)
        let origin = loaded.origin
        let machine = StateMachineBuilder.build(loaded.definition, keepingDocument: false)
        _ = consume loaded
        options.releaseFreedMemory?()
        let title = Self.title(origin)
        let markdown = options.outputs.contains(.markdown)
        // Timing, cost and paths are only shown by the Markdown report (and timing by the
        // worst-case highlight): a DOT or Mermaid drawing of 50,000 states skips 0.4 s of them.
        var timing = markdown || options.highlightWorstCase ? TimingAnalyzer.analyze(machine, assumptions: assumptions) : nil

        var diagram = options.diagram
        // Shared, not appended to an empty array: that would be a second copy (6 MB for 50,000 findings).
        diagram.diagnostics = diagram.diagnostics.isEmpty ? diagnostics : diagram.diagnostics + diagnostics
        if diagram.title == nil { diagram.title = title }
        if options.highlightWorstCase, let timing { diagram.highlight = ReportFacts.worstCaseHighlight(timing) }
        var coverageOverlay: CoverageOverlay?
        if !options.histories.isEmpty {
            coverageOverlay = ReportFacts.coverageOverlay(CoverageAnalysis.measure(machine, histories: options.histories))
            diagram.coverage = coverageOverlay
        }
        var markdownInput: ReportInput?
        if markdown, let analysed = timing.take() {
            // What the report shows of the timing is taken out and the rest (a row per state,
            // the witnesses) freed before the paths are counted.
            let shown = ReportFacts.TimingShown(analysed, assumptions: assumptions)
            var pathOptions = options.paths
            pathOptions.includeTestPaths = false  // the report shows the machine's count, not the paths
            let paths = PathAnalysis.analyzeMachineScope(machine, options: pathOptions)
            markdownInput = ReportInput(
                title: title, origin: origin.displayName, machine: machine, diagnostics: diagnostics, svgLink: options.svgLink,
                diagram: diagram, metrics: ReportFacts.metrics(root: paths, options: pathOptions, timing: shown),
                worstCasePath: shown.worstPath, stateWorstTimes: shown.stateWorstTimes, coverage: coverageOverlay)
        }
        // The timing's rows and witnesses and the path counts are freed: before the drawing.
        if markdown { options.releaseFreedMemory?() }
        var report = MachineReport(
            origin: origin, title: title, diagnostics: diagnostics, dot: "", mermaid: "", markdownInput: markdownInput,
            drawing: MachineDrawing(machine: machine, options: diagram))
        if options.outputs.contains(.dot) {
            var dot = ""
            report.writeDOT(into: &dot)
            report.dot = dot
        }
        if options.outputs.contains(.mermaid) {
            var mermaid = ""
            report.writeMermaid(into: &mermaid)
            report.mermaid = mermaid
        }
        return report
    }

    /// The template resource name, or the file name without its extensions.
    static func title(_ origin: MachineOrigin) -> String {
        origin.resource ?? stem(String(origin.file.split(separator: "/").last ?? Substring(origin.file)))
    }

    /// `path` without the extensions definitions carry (`.asl.json`, `.template.json`, `.yaml`, …).
    static func stem(_ path: String) -> String {
        var stem = Substring(path)
        for suffix in [".json", ".yaml", ".yml", ".asl", ".template"] where stem.hasSuffix(suffix) { stem = stem.dropLast(suffix.count) }
        return String(stem)
    }
}
