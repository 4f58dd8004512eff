public import ASLSource

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// Reads whole input files with a size limit, refusing what is not a regular file: a FIFO with
/// no writer would block forever and `/dev/zero` never ends, so neither is ever read.
public enum FileContents {
    /// The largest file aslkit reads: 64 MiB. AWS caps a definition at 1 MB (a template at
    /// 1 MB, an execution history page far below), so this is only met by hostile input; it keeps
    /// every later stage, at most ten times the input in memory, within reach of a CI runner.
    public static let maximumBytes = 64 << 20

    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// Cannot be opened or read, or is not a regular file; the reason is the system's.
        case unreadable(reason: String)
        /// Larger than the limit; `bytes` is the size read or reported.
        case tooLarge(bytes: Int, limit: Int)

        public var description: String {
            switch self {
            case .unreadable(let reason): "cannot read the file: \(reason)"
            case .tooLarge(let bytes, let limit):
                "the file is larger than aslkit reads (\(Self.megabytes(bytes)) MB; the limit is \(Self.megabytes(limit)) MB)"
            }
        }

        /// The loading diagnostic: `input-too-large` or `input-unreadable`, about the whole file.
        public func diagnostic(file: String) -> Diagnostic {
            let rule = if case .tooLarge = self { LoadRuleID.inputTooLarge } else { LoadRuleID.inputUnreadable }
            return Diagnostic(ruleID: rule, severity: .error, message: description, file: file, position: nil)
        }

        private static func megabytes(_ bytes: Int) -> String {
            bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? String(bytes >> 20) : String(Double((bytes * 10) >> 20) / 10)
        }
    }

    /// The bytes of the regular file at `path`, or why they cannot be had.
    public static func read(_ path: String, limit: Int = maximumBytes) -> Result<[UInt8], Failure> {
        // Non-blocking, so that opening a FIFO without a writer returns at once.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(reason: systemReason(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(reason: systemReason(errno))) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.unreadable(reason: "it is a directory"))
        default: return .failure(.unreadable(reason: "it is not a regular file"))
        }
        if Int(status.st_size) > limit { return .failure(.tooLarge(bytes: Int(status.st_size), limit: limit)) }
        return read(descriptor: descriptor, limit: limit, sizeHint: Int(status.st_size))
    }

    /// Everything readable from `descriptor` (standard input, say), at most `limit` bytes.
    public static func read(descriptor: Int32, limit: Int = maximumBytes, sizeHint: Int = 0) -> Result<[UInt8], Failure> {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(sizeHint, limit) + 1)
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)
        defer { chunk.deallocate() }
        while true {
            let count = systemRead(descriptor, chunk.baseAddress, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason: errno == EAGAIN ? "no data is available" : systemReason(errno)))
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<count]))
            if bytes.count > limit { return .failure(.tooLarge(bytes: bytes.count, limit: limit)) }
        }
    }

    private static func systemReason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
