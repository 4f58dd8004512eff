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
    public static func render(
        dot: String,
        format: GraphvizFormat,
        engine: String = "dot",
        executable: String = "/usr/bin/dot"
    ) throws(GraphvizError) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-T\(format.rawValue)", "-K\(engine)"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .renderFailed("cannot run \(executable): \(error)")
        }
        // dot reads the whole graph before writing anything, so write-then-read cannot deadlock.
        input.fileHandleForWriting.write(Data(dot.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw .renderFailed("\(executable) exited with status \(process.terminationStatus)")
        }
        return [UInt8](data)
    }
}
