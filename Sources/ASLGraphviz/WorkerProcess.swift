import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One child process with its input from a file, its standard output collected, its standard
/// error discarded, and a deadline after which it is killed.
struct WorkerProcess {
    enum Ending: Equatable {
        case exit(Int32)
        case signal(Int32)
        case timedOut
    }

    var ending: Ending
    var output: [UInt8]

    /// The input goes through an unlinked temporary file rather than a pipe: a worker that
    /// dies before reading it all cannot raise SIGPIPE here, and nothing can deadlock.
    static func run(executable: URL, arguments: [String], input: [UInt8], deadline: Double) throws(GraphvizError) -> WorkerProcess {
        let stdin = try inputFile(input)
        defer { try? stdin.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = stdin
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        let collected = Collected()
        let reader = DispatchSemaphore(value: 0)
        do {
            try process.run()
        } catch {
            throw .workerCrashed("cannot start \(executable.path): \(error)")
        }
        // Drained on its own thread so a large picture cannot fill the pipe and stall the worker.
        DispatchQueue.global().async {
            collected.set(output.fileHandleForReading.readDataToEndOfFile())
            reader.signal()
        }
        var timedOut = false
        if exited.wait(timeout: .now() + max(0, deadline)) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
        }
        reader.wait()
        let ending: Ending =
            timedOut ? .timedOut
            : process.terminationReason == .uncaughtSignal ? .signal(process.terminationStatus) : .exit(process.terminationStatus)
        return WorkerProcess(ending: ending, output: collected.bytes)
    }

    private static func inputFile(_ bytes: [UInt8]) throws(GraphvizError) -> FileHandle {
        var template = Array((NSTemporaryDirectory() + "/aslkit-layout-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .workerCrashed("cannot create a temporary file for the layout input") }
        unlink(String(cString: template))
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: bytes)
            try handle.seek(toOffset: 0)
        } catch {
            throw .workerCrashed("cannot write the layout input: \(error)")
        }
        return handle
    }
}

/// The reader thread's result, handed over under a lock.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) {
        lock.lock()
        data = value
        lock.unlock()
    }

    var bytes: [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return [UInt8](data)
    }
}
