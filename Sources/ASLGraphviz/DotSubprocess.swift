import Foundation

/// Runs the `dot` executable as a child process. Not used by the in-process path: it exists
/// so benchmarks (and users without the library) can compare against `GraphvizRenderer`:
///
///     let inProcess = try GraphvizRenderer().render(dot: text, format: .svg).bytes
///     let external  = try DotSubprocess.render(dot: text, format: .svg)
///
/// Output is byte-identical for the same Graphviz version except that the subprocess
/// path cannot report warnings (stderr is discarded) or apply the polyline fallback.
public enum DotSubprocess {
    /// `timeout` kills `dot` after that many seconds (`.timedOut`).
    public static func render(
        dot: String,
        format: GraphvizFormat,
        engine: String = "dot",
        executable: String = "/usr/bin/dot",
        timeout: Double = 600
    ) throws(GraphvizError) -> [UInt8] {
        let run = try WorkerProcess.run(
            executable: URL(fileURLWithPath: executable), arguments: ["-T\(format.rawValue)", "-K\(engine)"],
            input: Array(dot.utf8), deadline: timeout)
        switch run.ending {
        case .timedOut: throw .timedOut(seconds: timeout)
        case .exit(0): return run.output
        case .exit(let status): throw .renderFailed("\(executable) exited with status \(status)")
        case .signal(let number): throw .workerCrashed("\(executable) killed by signal \(number)")
        }
    }
}
