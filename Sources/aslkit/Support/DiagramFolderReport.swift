import ASLRender
import Foundation

/// What `render --out-dir` says: the files it wrote (or, with `--check`, the ones that are
/// stale, missing or extra) on standard output in load order, notes and failures on standard
/// error; and the exit status.
enum DiagramFolderReport {
    static func print(_ run: DiagramFolderRun) throws -> Int32 {
        let outcome: DiagramFolderRun.Outcome
        do { outcome = try run.run() } catch {
            StandardError.line("aslkit: \(TerminalText.line(error.description))")
            return 2
        }
        StandardError.report(outcome.loadDiagnostics)
        guard !outcome.machines.isEmpty else {
            StandardError.line("aslkit: no state machine found in \(run.inputs.map(TerminalText.line).joined(separator: ", "))")
            return 2
        }
        var lines: [String] = []
        var failed = false
        for machine in outcome.machines {
            for note in machine.notes { StandardError.line("aslkit: note: \(TerminalText.line(note))") }
            for file in machine.files {
                let path = TerminalText.line(outcome.folder.path + "/" + file.name)
                switch file.state {
                case .fresh: break
                case .written: lines.append("wrote \(path)")
                case .missing: lines.append("missing: \(path)")
                case .stale(let note): lines.append("stale: \(path)" + (note.map { " (\($0))" } ?? ""))
                case .failed(let reason):
                    failed = true
                    StandardError.line("aslkit: \(TerminalText.line(reason))")
                }
            }
        }
        let files = outcome.machines.flatMap(\.files)
        let leftovers = Set(outcome.extrasLikeOutput(formats: run.formats))
        let folder = TerminalText.line(outcome.folder.path)
        let machines = "\(outcome.machines.count) machine\(outcome.machines.count == 1 ? "" : "s")"
        if run.check {
            for name in outcome.extras {
                let path = TerminalText.line(outcome.folder.path + "/" + name)
                lines.append(leftovers.contains(name) ? "extra: \(path) (no machine draws it)" : "extra, ignored: \(path)")
            }
            let stale = files.filter { if case .stale = $0.state { true } else { false } }.count
            let missing = files.filter { $0.state == .missing }.count
            if stale + missing + leftovers.count == 0 {
                lines.append("\(folder) is fresh: \(files.count) files of \(machines).")
            } else {
                lines.append(
                    "\(folder) is stale: \(stale) stale, \(missing) missing, \(leftovers.count) extra of \(files.count) files of \(machines); "
                        + "run the same command without --check to refresh it\(leftovers.isEmpty ? "" : ", and remove the extra files").")
            }
            try OutputWriter.standardOutput.write(TerminalText.lines(lines))
            return failed ? 2 : stale + missing + leftovers.count > 0 ? 1 : 0
        }
        for name in outcome.extras where leftovers.contains(name) {
            StandardError.line("aslkit: note: \(TerminalText.line(outcome.folder.path + "/" + name)) is drawn by no machine; left in place")
        }
        let written = files.filter { $0.state == .written }.count
        let unchanged = files.filter { $0.state == .fresh }.count
        lines.append("\(machines) drawn into \(folder): \(written) file\(written == 1 ? "" : "s") written, \(unchanged) unchanged.")
        try OutputWriter.standardOutput.write(TerminalText.lines(lines))
        return failed ? 2 : 0
    }
}
