import ASLGraphviz
import ASLRender
import ArgumentParser
import Foundation

/// `aslkit render <file>`: the state machine as DOT, Mermaid, SVG, PNG or a Markdown report;
/// `aslkit render PATH... --out-dir DIR`: every machine found, into a folder (or `--check` it).
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Draw a state machine (DOT, SVG, PNG, Mermaid, Markdown), or every machine into a folder.",
        discussion: """
            SVG and PNG are laid out by Graphviz's library in a worker process with a deadline; a simpler drawing is used (and a note printed) when the full one fails. PNG is not written to a terminal: give -o.
            With --out-dir, every machine found under the paths is drawn into DIR/<name>.<ext> (the name from its path below the input and its template resource; ext: dot, svg, png, mmd, md), several at once; files already right are left alone. --check writes nothing and lists stale, missing and extra files.
            Exit status: 0; 1 with --check when a file is stale or missing (or an extra file has an extension aslkit writes); 2 when no machine is found (or, without --out-dir, more than one unselected machine), or a file cannot be drawn or written.
            """)

    typealias Format = DiagramFormat

    @Argument(help: "A definition or template; with --out-dir, any files and directories.") var paths: [String]
    @Option(help: "dot, svg, png, mermaid or markdown (default: svg); with --out-dir, several separated by commas.")
    var format: [DiagramFormat.List] = []
    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?
    @Option(help: "The template resource to draw when the file holds several machines.") var machine: String?
    @Option(help: "Draw every machine found into this folder.") var outDir: String?
    @Flag(help: "With --out-dir: compare with the folder, write nothing, exit 1 when it is stale.") var check = false
    @Option(help: "With --out-dir: how many machines to draw at once (default: the number of cores).") var jobs: Int?
    @OptionGroup var diagram: DiagramArguments
    @OptionGroup var loading: LoadOptions

    var formats: [DiagramFormat] {
        let chosen = format.flatMap(\.formats)
        return chosen.isEmpty ? [.svg] : DiagramFormat.allCases.filter(chosen.contains)
    }

    func validate() throws {
        if outDir != nil {
            if output != nil { throw ValidationError("-o names one file; --out-dir writes a folder: give one of them") }
            if machine != nil { throw ValidationError("--machine picks one machine; --out-dir draws them all") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            return
        }
        if check || jobs != nil { throw ValidationError("--check and --jobs go with --out-dir") }
        if paths.count != 1 { throw ValidationError("give one file to draw, or --out-dir DIR to draw every machine under several paths") }
        if formats.count != 1 { throw ValidationError("one --format at a time without --out-dir") }
        if formats == [.png], output == nil, isatty(STDOUT_FILENO) != 0 {
            throw ValidationError("a PNG is binary and would garble the terminal; write it to a file with -o FILE.png (or redirect standard output)")
        }
    }

    func run() throws {
        if let outDir { return try renderFolder(outDir) }
        var options = try diagram.reportOptions()
        // DOT, Mermaid and Markdown are streamed to the output below rather than made whole.
        options.outputs = formats[0] == .markdown ? .markdown : []
        options.releaseFreedMemory = HeapPolicy.releaseFreedPages
        let report = try MachineSelection.one(in: paths[0], named: machine, options: options, loading: loading.policy)
        switch formats[0] {
        case .dot: try OutputWriter(path: output).write(streaming: { report.writeDOT(into: &$0) })
        case .mermaid: try OutputWriter(path: output).write(streaming: { report.writeMermaid(into: &$0) })
        case .markdown: try OutputWriter(path: output).write(streaming: { report.writeMarkdown(into: &$0) })
        case .svg: try OutputWriter(path: output).write(Pictures.draw(report.drawing, format: .svg, name: report.title))
        case .png: try OutputWriter(path: output).write(Pictures.draw(report.drawing, format: .png, name: report.title))
        }
    }

    private func renderFolder(_ folder: String) throws {
        let base = try diagram.reportOptions()
        let linksSVG = formats.contains(.svg)
        var run = DiagramFolderRun(inputs: paths, folder: folder, formats: formats, check: check, loading: loading.policy) { _, stem in
            var options = base
            if linksSVG { options.svgLink = stem + ".svg" }
            return options
        }
        if let jobs { run.jobs = jobs }
        throw ExitCode(try DiagramFolderReport.print(run))
    }
}
