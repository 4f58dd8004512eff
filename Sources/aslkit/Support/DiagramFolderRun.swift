import ASLGraphviz
import ASLLoad
import ASLRender
import ASLSource
import Foundation

/// `aslkit render PATH... --out-dir DIR [--check]` and `render-samples`: every machine found
/// under the inputs, drawn in each format into `DIR/<stem>.<ext>` (`DiagramFileNames`), several
/// machines at once (each layout in its own worker process), or compared with what `DIR`
/// holds. Files whose bytes are already right are not rewritten. The outcome lists machines
/// and files in load order, whatever order the jobs finished in.
struct DiagramFolderRun: Sendable {
    var inputs: [String]
    var folder: String
    var formats: [DiagramFormat]
    /// Compare only; write nothing.
    var check = false
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var loading = LoadPolicy()
    /// The report options of one machine, given its file stem.
    var options: @Sendable (LoadedMachine, String) -> MachineReportOptions

    enum FileState: Sendable, Equatable {
        case fresh, written, missing
        /// `note` says why it differs when aslkit can tell (another Graphviz version drew it).
        case stale(note: String?)
        case failed(String)
    }

    struct FileOutcome: Sendable {
        var name: String
        var state: FileState
    }

    struct MachineOutcome: Sendable {
        var stem: String
        var origin: MachineOrigin
        var findings: Int
        var files: [FileOutcome]
        /// Which simpler drawing was used, when the full one could not be laid out.
        var notes: [String]
    }

    struct Outcome {
        var folder: DiagramFolder
        var machines: [MachineOutcome]
        var loadDiagnostics: [Diagnostic]
        /// Names in the folder that no machine draws, sorted.
        var extras: [String]

        /// Extras with an extension this run writes: what a renamed or deleted machine leaves.
        func extrasLikeOutput(formats: [DiagramFormat]) -> [String] {
            let extensions = Set(formats.map { "." + $0.fileExtension })
            return extras.filter { name in extensions.contains { name.hasSuffix($0) } }
        }
    }

    func run() throws(DiagramFolder.Failure) -> Outcome {
        let target = try DiagramFolder.prepare(folder, create: !check, allowOutsideRoot: loading.allowOutsideRoot)
        var loaded = Loader.load(paths: inputs, policy: loading)
        let origins = loaded.machines.map(\.origin)
        let stems = DiagramFileNames.stems(for: origins, inputs: inputs)
        let formats = DiagramFormat.allCases.filter(formats.contains)
        let progress = TerminalProgress.line(verb: check ? "checked" : "drew", noun: "machines")
        progress?.start(total: origins.count)
        // Each document is freed once its machine is drawn, not when the last one is.
        let machines = HandOut(loaded.machines)
        loaded.machines = []
        let outcomes = ParallelJobs.map(count: origins.count, width: jobs) { index in
            defer { progress?.advance(item: origins[index].displayName) }
            return draw(machines.take(index), stem: stems[index], formats: formats, into: target)
        }
        progress?.finish()
        let expected = Set(outcomes.flatMap { $0.files.map(\.name) })
        return Outcome(
            folder: target, machines: outcomes, loadDiagnostics: loaded.diagnostics,
            extras: target.names().filter { !expected.contains($0) })
    }

    private func draw(
        _ machine: consuming LoadedMachine, stem: String, formats: [DiagramFormat], into target: DiagramFolder
    ) -> MachineOutcome {
        var reportOptions = options(machine, stem)
        reportOptions.outputs = formats.reduce(into: []) { $0.formUnion($1.reportOutputs) }
        let report = MachineReportBuilder.build(consume machine, options: reportOptions)
        var notes: [String] = []
        let files = formats.map { format in
            let name = stem + "." + format.fileExtension
            let bytes: [UInt8]
            do {
                switch format {
                case .dot: bytes = Array(report.dot.utf8)
                case .mermaid: bytes = Array(report.mermaid.utf8)
                case .markdown: bytes = Array(report.markdown.utf8)
                case .svg, .png:
                    let picture = try Pictures.layout(report.drawing, format: format == .svg ? .svg : .png)
                    notes += picture.notes.map { "\(name): \($0)" }
                    bytes = picture.bytes
                }
            } catch {
                return FileOutcome(name: name, state: .failed("\(name): \(error)"))
            }
            return FileOutcome(name: name, state: settle(bytes, as: name, in: target))
        }
        return MachineOutcome(stem: stem, origin: report.origin, findings: report.diagnostics.count, files: files, notes: notes)
    }

    /// Compares `bytes` with what the folder holds and, unless checking, writes them.
    private func settle(_ bytes: [UInt8], as name: String, in target: DiagramFolder) -> FileState {
        do {
            switch try target.freshness(of: name, bytes: bytes) {
            case .fresh: return .fresh
            case .notARegularFile(let kind):
                return .failed(DiagramFolder.Failure.notARegularFile(path: try target.location(of: name), kind: kind).description)
            case .missing where check: return .missing
            case .stale where check: return .stale(note: Self.versionNote(old: target.contents(of: name), new: bytes))
            case .missing, .stale:
                try target.write(bytes, as: name)
                return .written
            }
        } catch {
            return .failed(error.description)
        }
    }

    /// "drawn by Graphviz 2.42.2 (0); this is 2.43.0 (0)" when two SVGs name different versions.
    static func versionNote(old: [UInt8]?, new: [UInt8]) -> String? {
        func version(_ bytes: [UInt8]) -> Substring? {
            let head = String(decoding: bytes.prefix(512), as: UTF8.self)
            guard let line = head.split(separator: "\n").first(where: { $0.contains("Generated by graphviz version") }) else { return nil }
            return line.split(separator: "version ").last.map { $0.replacingOccurrences(of: " -->", with: "")[...] }
        }
        guard let old, let before = version(old), let after = version(new), before != after else { return nil }
        return "drawn by Graphviz \(before); this is Graphviz \(after)"
    }
}
