import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One whole process, as a user runs it: spawned with its output sent to `/dev/null`, timed from
/// spawn to exit, with its peak resident memory from `wait4` (the child's own `ru_maxrss`).
///
/// `run()` goes through a small launcher (this executable in `spawn-measured` mode): Linux
/// records the parent's memory high-water mark as the child's when a process spawned from a
/// large parent executes, so a child of the benchmark itself would report the benchmark's peak.
struct ChildProcess {
    var executable: String
    var arguments: [String]

    struct Outcome {
        var seconds: Double
        /// User plus system CPU time: less disturbed by other load than the wall clock.
        var cpuSeconds: Double
        var peakMB: Double
        var status: Int32
    }

    static let launcherCommand = "spawn-measured"

    /// Runs the process once through the launcher; `nil` when it cannot be started.
    func run() -> Outcome? {
        guard let launcher = Self.sibling("aslkit-bench") else { return runHere() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: launcher)
        process.arguments = [Self.launcherCommand, executable] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard fields.count == 4 else { return nil }
        return Outcome(seconds: fields[0], cpuSeconds: fields[1], peakMB: fields[2], status: Int32(fields[3]))
    }

    /// The launcher: runs `arguments` as a child and prints `seconds cpu peakMB status`.
    static func launch(_ arguments: [String]) -> Int32 {
        guard let executable = arguments.first,
            let outcome = ChildProcess(executable: executable, arguments: Array(arguments.dropFirst())).runHere()
        else { return 2 }
        print("\(outcome.seconds) \(outcome.cpuSeconds) \(outcome.peakMB) \(outcome.status)")
        return 0
    }

    /// Runs the process once as a child of this one.
    func runHere() -> Outcome? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawnp(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // WIFEXITED / WEXITSTATUS by hand: the macros are not imported into Swift.
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Outcome(seconds: seconds, cpuSeconds: cpu, peakMB: Double(usage.ru_maxrss) / 1024, status: exitStatus)
    }

    /// This executable's sibling in the same build folder (`.build/release/aslkit`).
    static func sibling(_ name: String) -> String? {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let path = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent(name).path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// The first `name` on `PATH`, resolved so that pyenv shims are not timed twice over.
    static func onPath(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

/// Paired whole-process runs: wall time, CPU time, the largest peak memory of each side and
/// the candidate's last exit status.
struct PairedProcesses {
    var wall = Paired()
    var cpu = Paired()
    var candidatePeakMB = 0.0
    var baselinePeakMB = 0.0
    var status: Int32 = -1

    /// `wall 0.95× (0.80–1.10), medians …; CPU 1.20× (…)`.
    var summary: String { "wall \(wall.summary); CPU \(cpu.ratioText)" }
}

extension Measure {
    /// Paired whole processes: `runs` pairs after one unmeasured run of each, alternating which
    /// goes first.
    static func pairProcesses(runs: Int, _ candidate: ChildProcess, baseline: ChildProcess) -> PairedProcesses {
        var result = PairedProcesses()
        let measured = { (process: ChildProcess, isCandidate: Bool) -> ChildProcess.Outcome in
            let outcome = process.run() ?? ChildProcess.Outcome(seconds: .nan, cpuSeconds: .nan, peakMB: .nan, status: -1)
            if isCandidate {
                result.candidatePeakMB = max(result.candidatePeakMB, outcome.peakMB)
                result.status = outcome.status
            } else {
                result.baselinePeakMB = max(result.baselinePeakMB, outcome.peakMB)
            }
            return outcome
        }
        _ = measured(candidate, true)
        _ = measured(baseline, false)
        for run in 0..<runs {
            var a: ChildProcess.Outcome, b: ChildProcess.Outcome
            if run % 2 == 0 {
                a = measured(candidate, true)
                b = measured(baseline, false)
            } else {
                b = measured(baseline, false)
                a = measured(candidate, true)
            }
            result.wall.candidate.append(a.seconds)
            result.wall.baseline.append(b.seconds)
            result.cpu.candidate.append(a.cpuSeconds)
            result.cpu.baseline.append(b.cpuSeconds)
        }
        return result
    }
}
