import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
#endif

/// Where a command's output goes: standard output, or the file `-o` names. Every command writes
/// through one of these, so a failed write (a full disk, a quota, EIO) is an `OutputError` and
/// exit 2 instead of a trap or a lost report.
///
/// A reader that goes away (`aslkit … | head`) is not a failure: the rest of the output is
/// dropped without a word and the command ends with the status it would have had.
struct OutputWriter {
    enum Destination: Equatable {
        case standardOutput
        case file(String)
    }

    let destination: Destination

    static let standardOutput = OutputWriter(destination: .standardOutput)

    /// `-o FILE` when given, else standard output.
    init(path: String?) {
        destination = path.map { .file($0) } ?? .standardOutput
    }

    init(destination: Destination) {
        self.destination = destination
    }

    /// Creates `path` and its missing parents, for commands that write a folder of files.
    static func createDirectory(_ path: String) throws(OutputError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw OutputError(destination: path, code: ENOTDIR)
        }
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw OutputError(destination: path, reason: "cannot create the folder")
        }
    }

    func write(_ text: String) throws(OutputError) {
        var text = text
        if let failure = text.withUTF8({ write(buffer: $0) }) { throw failure }
    }

    func write(_ bytes: [UInt8]) throws(OutputError) {
        if let failure = bytes.withUnsafeBufferPointer({ write(buffer: $0) }) { throw failure }
    }

    /// Writes the text `produce` streams, 64 KB at a time, so that a large text (31 MB of DOT
    /// for a 50,000-state machine) is never held whole. Nothing can fail while the text is
    /// made, so the bytes and errors are those of writing it in one piece.
    func write(streaming produce: (inout OutputChunks) -> Void) throws(OutputError) {
        switch destination {
        case .standardOutput:
            var chunks = OutputChunks(descriptor: STDOUT_FILENO)
            produce(&chunks)
            chunks.flush()
            switch chunks.failure {
            case 0, EPIPE: return
            case let code: throw OutputError(destination: "standard output", code: code)
            }
        case .file(let path):
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw OutputError(destination: path, code: errno) }
            var chunks = OutputChunks(descriptor: descriptor)
            produce(&chunks)
            chunks.flush()
            let closed = close(descriptor) == 0 ? 0 : errno
            if chunks.failure != 0 || closed != 0 { throw OutputError(destination: path, code: chunks.failure != 0 ? chunks.failure : closed) }
        }
    }

    private func write(buffer: UnsafeBufferPointer<UInt8>) -> OutputError? {
        do { try write(buffer) } catch { return error }
        return nil
    }

    private func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        switch destination {
        case .standardOutput:
            switch FileDescriptorWriting.writeAll(bytes, to: STDOUT_FILENO) {
            case 0, EPIPE: return
            case let code: throw OutputError(destination: "standard output", code: code)
            }
        case .file(let path):
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw OutputError(destination: path, code: errno) }
            let written = FileDescriptorWriting.writeAll(bytes, to: descriptor)
            // A network file system may report a full disk only when the file is closed.
            let closed = close(descriptor) == 0 ? 0 : errno
            if written != 0 || closed != 0 { throw OutputError(destination: path, code: written != 0 ? written : closed) }
        }
    }
}

/// The text stream of `OutputWriter.write(streaming:)`: bytes gathered and written to the
/// descriptor 64 KB at a time; after a failed write the rest is dropped and `failure` holds
/// its `errno`.
struct OutputChunks: TextOutputStream {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private(set) var failure: Int32 = 0
    private static let chunkSize = 1 << 16

    fileprivate init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.chunkSize + 4_096)
    }

    mutating func write(_ string: String) {
        guard failure == 0 else { return }
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.chunkSize { flush() }
    }

    fileprivate mutating func flush() {
        if failure == 0, !buffer.isEmpty {
            failure = buffer.withUnsafeBufferPointer { FileDescriptorWriting.writeAll($0, to: descriptor) }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A write that failed, with the system's reason: one line on standard error, exit 2.
struct OutputError: Error, Equatable, CustomStringConvertible {
    var destination: String
    var reason: String

    init(destination: String, reason: String) {
        self.destination = destination
        self.reason = reason
    }

    init(destination: String, code: Int32) {
        self.init(destination: destination, reason: String(cString: strerror(code)))
    }

    var description: String { "aslkit: cannot write \(destination): \(reason)" }
}

enum FileDescriptorWriting {
    /// Writes every byte, retrying after interruptions and short writes; 0 or the `errno` of
    /// the write that failed.
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32 {
        guard var next = bytes.baseAddress else { return 0 }
        var left = bytes.count
        while left > 0 {
            let written = systemWrite(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            next += written
            left -= written
        }
        return 0
    }
}
