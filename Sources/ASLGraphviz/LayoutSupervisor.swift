import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lays out DOT in a worker process (see `LayoutWorker`) that is killed at a deadline and
/// capped in memory, so Graphviz can neither take the caller's process down nor hold it.
///
///     let supervisor = LayoutSupervisor(worker: LayoutSupervisor.currentExecutable)
///     let out = try supervisor.render(dot: text, format: .svg, deadline: 10)
///
/// Workers are independent processes, so several layouts may run at once (the library
/// itself allows one per process).
public struct LayoutSupervisor: Sendable {
    /// The executable that hosts `LayoutWorker.main` behind `LayoutWorker.command`.
    public var worker: URL
    /// The worker's address-space limit.
    public var memoryMegabytes: Int

    public init(worker: URL, memoryMegabytes: Int = 3_072) {
        self.worker = worker
        self.memoryMegabytes = memoryMegabytes
    }

    /// This process's own executable (`/proc/self/exe` on Linux), for a program that hosts
    /// the worker mode itself.
    public static var currentExecutable: URL {
        #if os(Linux)
            if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
                return URL(fileURLWithPath: path)
            }
        #endif
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }

    public func render(dot: String, format: GraphvizFormat, engine: String = "dot", deadline: Double) throws(GraphvizError) -> GraphvizOutput {
        let arguments = LayoutWorker.arguments(format: format, engine: engine, memoryMegabytes: memoryMegabytes)
        let run = try WorkerProcess.run(executable: worker, arguments: arguments, input: Array(dot.utf8), deadline: deadline)
        switch run.ending {
        case .timedOut: throw .timedOut(seconds: deadline)
        case .signal(let number): throw .workerCrashed("killed by signal \(number)\(Self.signalName(number).map { " (\($0))" } ?? "")")
        case .exit(let status):
            guard status == 0, let reply = LayoutReply.decode(run.output) else {
                throw .workerCrashed("exited with status \(status) without an answer (out of memory past \(memoryMegabytes) MB?)")
            }
            switch reply {
            case .rendered(let output): return output
            case .failed(let error): throw error
            }
        }
    }

    static func signalName(_ number: Int32) -> String? {
        [SIGABRT: "SIGABRT", SIGSEGV: "SIGSEGV", SIGBUS: "SIGBUS", SIGKILL: "SIGKILL", SIGILL: "SIGILL", SIGFPE: "SIGFPE", SIGTRAP: "SIGTRAP"][number]
    }
}
