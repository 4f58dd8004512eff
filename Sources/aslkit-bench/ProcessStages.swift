import ASLAnalysis
import Foundation

/// Whole-process stages: the release `aslkit` binary beside this one, run as a user runs it
/// (output to `/dev/null`), paired with a process that only parses the same file with
/// `JSONSerialization` (this executable in `parse-only` mode, so start-up is comparable), and
/// with peak memory from `wait4`.
///
/// - `process-validate`: `aslkit validate` of ~1 MB definitions (compact, pretty, mixed) vs the
///   parse-only process and vs `statelint` (PyPI; skipped with a note when missing).
/// - `process-scale`: `aslkit paths` and `aslkit analyze` at 5,000 and 50,000 states, and
///   `validate`, `report` and `render` (DOT, Mermaid) at 50,000 (time and peak, unpaired).
/// - `big-inputs`: a 999,999-event history through `aslkit coverage`, and a ~57 MB definition
///   through every reading command, and 40 MB of the densest JSON through `validate`,
///   `analyze` and `report`, with peak memory as a multiple of the input size (no baseline
///   process: see `bigInputs`).
enum ProcessStages {
    /// `aslkit-bench parse-only FILE`: reads FILE and parses it with JSONSerialization.
    static let parseOnlyCommand = "parse-only"

    static func parseOnly(_ path: String) -> Int32 {
        guard let data = FileManager.default.contents(atPath: path) else { return 2 }
        return (try? JSONSerialization.jsonObject(with: data)) == nil ? 1 : 0
    }

    static func validate() {
        print("== aslkit validate (whole process) vs a JSONSerialization-only process and vs statelint (paired medians)")
        guard let aslkit = aslkitBinary() else { return }
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let statelint = statelintBinary()
        if statelint == nil { print("(statelint column skipped: `pip install statelint` to include it)") }
        let inputs = [
            ("compact", "5,000 Task states, compact", GeneratedMachines.taskChain(states: 5000, pretty: false)),
            ("pretty", "5,000 Task states, pretty", GeneratedMachines.taskChain(states: 5000, pretty: true)),
            ("mixed", "mixed 500 blocks, pretty", GeneratedMachines.mixed(blocks: 500)),
        ]
        for (file, name, text) in inputs {
            let path = write(text, named: "\(file).asl.json", in: folder)
            let ours = ChildProcess(executable: aslkit, arguments: ["validate", path])
            let parse = Measure.pairProcesses(runs: 15, ours, baseline: parseOnlyProcess(path))
            print(String(format: "%@ (%.2f MB): aslkit validate vs parse-only process %@; peaks %.0f MB vs %.0f MB",
                name, megabytes(text.utf8.count), parse.summary, parse.candidatePeakMB, parse.baselinePeakMB))
            if let statelint {
                let peer = Measure.pairProcesses(runs: 11, ours, baseline: ChildProcess(executable: statelint, arguments: [path]))
                print(String(format: "  vs statelint %@ (statelint is %.1f× slower by the wall clock); statelint peak %.0f MB",
                    peer.summary, 1 / peer.wall.ratio, peer.baselinePeakMB))
            }
        }
    }

    static func scale() {
        print("== aslkit paths and analyze (whole process) on Task chains, vs the parse-only process (paired medians, peak memory)")
        guard let aslkit = aslkitBinary() else { return }
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for states in [5_000, 50_000] {
            let text = GeneratedMachines.taskChain(states: states, pretty: false)
            let path = write(text, named: "chain-\(states).asl.json", in: folder)
            for command in ["paths", "analyze"] {
                let measured = Measure.pairProcesses(runs: states > 10_000 ? 5 : 9,
                    ChildProcess(executable: aslkit, arguments: [command, path]), baseline: parseOnlyProcess(path))
                print(String(format: "%d states (%.1f MB): aslkit %@ %@; peak %.0f MB (%.1f× the input), parse-only peak %.0f MB",
                    states, megabytes(text.utf8.count), command, measured.summary, measured.candidatePeakMB,
                    measured.candidatePeakMB / megabytes(text.utf8.count), measured.baselinePeakMB))
            }
            // Issue 12 asks every command to stay under 10× the input: the others, unpaired.
            guard states > 10_000 else { continue }
            for arguments in [["validate"], ["audit"], ["report"], ["render", "--format", "dot"], ["render", "--format", "mermaid"]] {
                report("\(states) states", bytes: text.utf8.count, ChildProcess(executable: aslkit, arguments: arguments + [path]))
            }
            findings(states: states, aslkit: aslkit, in: folder)
        }
    }

    /// The same chain without timeouts (a warning per Task) through the commands that hold
    /// findings, and `diff` of two versions of the chain (its input is both files).
    static func findings(states: Int, aslkit: String, in folder: URL) {
        let text = GeneratedMachines.taskChain(states: states, pretty: false, timeouts: false)
        let name = "\(states) states, a warning each"
        let path = write(text, named: "warned-\(states).asl.json", in: folder)
        for arguments in [["validate"], ["validate", "--format", "json"], ["validate", "--format", "sarif"], ["analyze"], ["report"],
            ["render", "--format", "dot"]]
        {
            report(name, bytes: text.utf8.count, ChildProcess(executable: aslkit, arguments: arguments + [path]))
        }
        // One state renamed (its transitions move with it) and one field changed everywhere.
        let head = text.replacingOccurrences(of: "\"S17\"", with: "\"S17 renamed\"")
            .replacingOccurrences(of: "\"MaxAttempts\":2", with: "\"MaxAttempts\":3")
        let headPath = write(head, named: "warned-\(states)-head.asl.json", in: folder)
        for format in ["markdown", "json"] {
            report("two versions of it, \(states) states each", bytes: text.utf8.count + head.utf8.count,
                ChildProcess(executable: aslkit, arguments: ["diff", "--format", format, path, headPath]))
        }
    }

    /// No paired baseline here: JSONSerialization needs 11 GB and minutes for the 214 MB
    /// history (measured), too much for a shared machine. Wall and CPU time of a few runs.
    static func bigInputs() {
        print("== issue 12's big inputs (whole process, no baseline): time and peak memory as a multiple of the input size")
        guard let aslkit = aslkitBinary() else { return }
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 999,999: the generator repeats a 7-event history whole.
        if let history = HistoryInput.generate(events: 999_999, in: folder) {
            report("999,999-event history", bytes: fileSize(history.history), ChildProcess(executable: aslkit, arguments: ["coverage", history.definition, history.history]))
            // The read alone, in this process (the coverage command's first step).
            var events = 0
            let read = (0..<3).map { _ in Measure.once { events = ((try? ExecutionHistory.load(paths: [history.history])) ?? []).reduce(0) { $0 + $1.events.count } } }
            print(String(format: "  reading it alone (ExecutionHistory.load, in-process): median %@ of 3, %d events", Measure.format(Paired.median(read)), events))
        } else {
            print("(history skipped: needs python3 and ../shared/repro/gen_big_history.py with ../shared/histories)")
        }
        let text = bigDefinition(megabytes: 60)
        let path = write(text, named: "big.asl.json", in: folder)
        for arguments in [["validate"], ["analyze"], ["paths"], ["report"], ["render", "--format", "dot"], ["render", "--format", "mermaid"]] {
            report("one-state definition", bytes: text.utf8.count, ChildProcess(executable: aslkit, arguments: arguments + [path]))
        }
        let yaml = bigYAMLDefinition(megabytes: 40)
        let yamlPath = write(yaml, named: "big.asl.yaml", in: folder)
        report("the same shape in block YAML", bytes: yaml.utf8.count, ChildProcess(executable: aslkit, arguments: ["validate", yamlPath]))
        // The densest machine of states (issue 12): 105,000 small states, every command.
        let mixed = GeneratedMachines.mixed(blocks: 15_000, pretty: false)
        let mixedPath = write(mixed, named: "mixed.asl.json", in: folder)
        for arguments in [
            ["validate"], ["validate", "--format", "sarif"], ["analyze"], ["analyze", "--format", "json"], ["audit"],
            ["paths"], ["paths", "--format", "json"], ["report"], ["render", "--format", "dot"], ["render", "--format", "mermaid"],
        ] {
            report("105,000 states in mixed blocks", bytes: mixed.utf8.count, ChildProcess(executable: aslkit, arguments: arguments + [mixedPath]))
        }
        // The densest JSON (two bytes a value) and same-shaped one-element arrays, the shapes a
        // hostile definition would use to make the document weigh most against its text.
        for (name, element) in [("[0,0,…]", "0"), ("[[0],[0],…]", "[0]")] {
            let dense = denseDefinition(megabytes: 40, element: element)
            let densePath = write(dense, named: "dense.asl.json", in: folder)
            for arguments in [["validate"], ["analyze"], ["report"]] {
                report("40 MB of \(name)", bytes: dense.utf8.count, ChildProcess(executable: aslkit, arguments: arguments + [densePath]))
            }
        }
    }

    /// One Pass state whose `Result` is `element` repeated, comma-separated, to about `megabytes`.
    static func denseDefinition(megabytes: Double, element: String) -> String {
        let count = Int(megabytes * 1_000_000) / (element.utf8.count + 1)
        return "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Result\":["
            + Array(repeating: element, count: count).joined(separator: ",") + "],\"End\":true}}}"
    }

    /// `bigDefinition`'s shape in block YAML, one `- k: "0000000"` line per entry (about 1 MB
    /// per 50,000 entries).
    static func bigYAMLDefinition(megabytes: Double) -> String {
        let entries = Int(megabytes * 50_000)
        var out = "StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n    Result:\n"
        out.reserveCapacity(entries * 21 + 64)
        for i in 0..<entries {
            let digits = String(i)
            out += "      - k: \"" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits + "\"\n"
        }
        return out
    }

    /// The median of three runs' wall and CPU time, and the largest peak.
    static func report(_ name: String, bytes: Int, _ process: ChildProcess) {
        let outcomes = (0..<3).compactMap { _ in process.run() }
        guard let last = outcomes.last else { return print("\(name): could not start \(process.executable)") }
        let size = megabytes(bytes)
        let peak = outcomes.map(\.peakMB).max() ?? .nan
        print(String(format: "%@ (%.1f MB): aslkit %@: wall %@, CPU %@ (medians of %d; status %d); peak %.0f MB (%.1f× the input)",
            name, size, process.arguments.dropLast(["coverage", "diff"].contains(process.arguments.first ?? "") ? 2 : 1).joined(separator: " "),
            Measure.format(Paired.median(outcomes.map(\.seconds))), Measure.format(Paired.median(outcomes.map(\.cpuSeconds))),
            outcomes.count, last.status, peak, peak / size))
    }

    /// The shape of `../shared/repro/gen_big_definition.py`: one Pass state whose `Result` is a
    /// long array of small objects (about 1 MB per 62,500 entries).
    static func bigDefinition(megabytes: Double) -> String {
        let entries = Int(megabytes * 62_500)
        var out = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Result\":["
        out.reserveCapacity(entries * 16 + 64)
        for i in 0..<entries {
            if i > 0 { out += "," }
            let digits = String(i)
            out += "{\"k\":\"" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits + "\"}"
        }
        return out + "],\"End\":true}}}"
    }

    static func parseOnlyProcess(_ path: String) -> ChildProcess {
        ChildProcess(executable: ChildProcess.sibling("aslkit-bench") ?? CommandLine.arguments[0], arguments: [parseOnlyCommand, path])
    }

    /// The binary the process stages run, said in the output: `ASLKIT_BENCH_BINARY` when set;
    /// else the static build CI users install (README "In CI"; `.ci/run` builds it into
    /// `.build-static`) when it is newer than every source file, so that a stale one is never
    /// measured; else the release `aslkit` beside this executable.
    static func aslkitBinary() -> String? {
        let chosen: (path: String, why: String)?
        if let path = ProcessInfo.processInfo.environment["ASLKIT_BENCH_BINARY"], !path.isEmpty {
            chosen = (path, "ASLKIT_BENCH_BINARY")
        } else if let path = freshStaticBinary() {
            chosen = (path, "static Swift runtime, as shipped for CI; newer than every source file")
        } else {
            chosen = ChildProcess.sibling("aslkit").map { ($0, "release build beside this executable") }
        }
        guard let chosen, FileManager.default.isExecutableFile(atPath: chosen.path) else {
            print("skipped: no aslkit beside this executable; build it first with `swift build -c release`")
            return nil
        }
        print("(measuring \(chosen.path): \(chosen.why))")
        return chosen.path
    }

    /// `.build-static/release/aslkit` if it was built after the last change under `Sources/`.
    static func freshStaticBinary() -> String? {
        // This file is Sources/aslkit-bench/ProcessStages.swift under the package root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let binary = root.appendingPathComponent(".build-static/release/aslkit").path
        guard let built = modificationDate(binary) else { return nil }
        let sources = root.appendingPathComponent("Sources")
        guard let walk = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: [.contentModificationDateKey]) else { return nil }
        for case let file as URL in walk {
            guard let changed = try? file.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate else { continue }
            if changed > built { return nil }
        }
        return binary
    }

    static func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    /// The statelint script itself, not the pyenv shim in front of it (a user's CI calls the
    /// installed script).
    static func statelintBinary() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys, os; print(os.path.join(os.path.dirname(sys.executable), 'statelint'))"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        guard (try? process.run()) != nil else { return nil }
        let path = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        if FileManager.default.isExecutableFile(atPath: path) { return path }
        return ChildProcess.onPath("statelint")
    }

    static func scratchFolder() -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func write(_ text: String, named name: String, in folder: URL) -> String {
        let url = folder.appendingPathComponent(name)
        try? text.write(to: url, atomically: false, encoding: .utf8)
        return url.path
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    static func megabytes(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }
}

/// The 1,000,000-event history of issue 12, written by `../shared/repro/gen_big_history.py`
/// (it repeats a real recorded history from `../shared/histories`).
enum HistoryInput {
    static var shared: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared")
    }

    static func generate(events: Int, in folder: URL) -> (definition: String, history: String)? {
        let generator = shared.appendingPathComponent("repro/gen_big_history.py").path
        let definition = shared.appendingPathComponent("histories/activities-activity-task.asl.json").path
        guard FileManager.default.fileExists(atPath: generator), FileManager.default.fileExists(atPath: definition) else { return nil }
        let history = folder.appendingPathComponent("history-\(events).json")
        guard FileManager.default.createFile(atPath: history.path, contents: nil),
            let output = try? FileHandle(forWritingTo: history) else { return nil }
        defer { try? output.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", generator, String(events)]
        // The generator names its input relative to a folder beside `shared`.
        process.currentDirectoryURL = shared.deletingLastPathComponent().appendingPathComponent("shared")
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? (definition, history.path) : nil
    }
}
