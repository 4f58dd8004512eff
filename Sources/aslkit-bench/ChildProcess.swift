import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One whole process, as a user runs it: spawned with its output sent to `/dev/null`, timed from
/// spawn to exit, with its peak resident memory from `wait4` (the child's own `ru_maxrss`).
struct ChildProcess {
    var executable: String
    var arguments: [String]

    struct Outcome {
        var seconds: Double
        var peakMB: Double
        var status: Int32
    }

    /// Runs the process once; `nil` when it cannot be started.
    func run() -> Outcome? {
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
        return Outcome(seconds: seconds, peakMB: Double(usage.ru_maxrss) / 1024, status: exitStatus)
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

extension Measure {
    /// Paired whole processes: `runs` pairs after one unmeasured run of each, alternating which
    /// goes first; the candidate's and the baseline's peak memories are the largest seen.
    static func pairProcesses(runs: Int, _ candidate: ChildProcess, baseline: ChildProcess) -> (Paired, candidatePeakMB: Double, baselinePeakMB: Double, status: Int32) {
        var candidatePeak = 0.0, baselinePeak = 0.0, status: Int32 = -1
        let timed = { (process: ChildProcess, isCandidate: Bool) -> Double in
            guard let outcome = process.run() else { return .nan }
            if isCandidate {
                candidatePeak = max(candidatePeak, outcome.peakMB)
                status = outcome.status
            } else {
                baselinePeak = max(baselinePeak, outcome.peakMB)
            }
            return outcome.seconds
        }
        _ = timed(candidate, true)
        _ = timed(baseline, false)
        var paired = Paired()
        for run in 0..<runs {
            if run % 2 == 0 {
                paired.candidate.append(timed(candidate, true))
                paired.baseline.append(timed(baseline, false))
            } else {
                paired.baseline.append(timed(baseline, false))
                paired.candidate.append(timed(candidate, true))
            }
        }
        return (paired, candidatePeak, baselinePeak, status)
    }
}
