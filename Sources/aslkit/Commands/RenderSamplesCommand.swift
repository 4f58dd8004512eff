import ASLLoad
import ASLRender
import ArgumentParser
import Foundation

/// `aslkit render-samples`: `aslkit render Samples --out-dir Output` in every format, with
/// the samples' own conventions (`SampleRendering`): worst-case paths, recorded executions
/// as coverage, and PR reports for `-before`/`-after` pairs.
struct RenderSamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-samples",
        abstract: "Render every sample machine into DOT, SVG, PNG, Mermaid and a Markdown report (keeps Output/ fresh).")

    @Option(help: "Folder searched for state machines.") var samples = "Samples"
    @Option(help: "Folder the renderings are written to.") var output = "Output"

    func run() throws {
        let run = DiagramFolderRun(inputs: [samples], folder: output, formats: DiagramFormat.allCases) { machine, stem in
            SampleRendering.options(for: machine, stem: stem)
        }
        let outcome: DiagramFolderRun.Outcome
        do { outcome = try run.run() } catch {
            StandardError.line("aslkit: \(TerminalText.line(error.description))")
            throw ExitCode(2)
        }
        var failed = false
        for machine in outcome.machines {
            for note in machine.notes { StandardError.line("aslkit: note: \(note)") }
            for file in machine.files {
                if case .failed(let reason) = file.state {
                    StandardError.line("aslkit: \(TerminalText.line(reason))")
                    failed = true
                }
            }
            try OutputWriter.standardOutput.write("\(machine.stem): \(machine.findings) finding\(machine.findings == 1 ? "" : "s")\n")
        }
        for report in SampleRendering.diffReports(samples: samples) {
            do { try outcome.folder.write(Array(report.markdown.utf8), as: report.name + ".md") } catch {
                StandardError.line("aslkit: \(TerminalText.line(error.description))")
                throw ExitCode(2)
            }
            try OutputWriter.standardOutput.write("\(report.name): PR report\n")
        }
        if failed { throw ExitCode(2) }
    }
}
