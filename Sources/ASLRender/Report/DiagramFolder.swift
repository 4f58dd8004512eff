import ASLLoad
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 { open(path, flags, mode) }
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int { write(descriptor, bytes, count) }
private func systemStat(_ path: String, _ info: inout stat) -> Int32 { stat(path, &info) }
private func systemLstat(_ path: String, _ info: inout stat) -> Int32 { lstat(path, &info) }

/// The folder `aslkit render --out-dir DIR` writes into, or compares with (`--check`). The
/// folder may be inside a pull request's checkout, so anything in it may have been planted:
///
/// - a folder path that stays inside the repository as written (`docs/diagrams`) must stay
///   inside once its symbolic links are followed (`docs` → `/etc` is refused); a folder the
///   user names outside the repository (`/tmp/x`) is taken as given;
/// - a file is written to a fresh temporary file in the folder (`O_EXCL | O_NOFOLLOW`) that is
///   then renamed over its name, so nothing is written through a link; a symbolic link or any
///   other non-regular file standing at a name is left alone and reported, never replaced;
/// - names are single path components (`DiagramFileNames` makes them), checked again here;
/// - comparing never follows a link nor opens a pipe or device (it could block).
public struct DiagramFolder: Sendable {
    public let path: String

    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The folder, once its links are followed, leaves the repository it is written in.
        case leavesRoot(folder: String, resolved: String, root: String)
        case notAFolder(String)
        case cannotCreate(String, reason: String)
        /// A name that is not a single plain path component.
        case badName(String)
        /// A symbolic link or another non-regular file stands where a diagram goes.
        case notARegularFile(path: String, kind: String)
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .leavesRoot(let folder, let resolved, let root):
                "\(folder) leads to \(resolved) through a symbolic link, outside the repository \(root); refusing to write there (--allow-outside-root allows it)"
            case .notAFolder(let folder): "\(folder) is not a folder"
            case .cannotCreate(let folder, let reason): "cannot create the folder \(folder): \(reason)"
            case .badName(let name): "refusing the file name \(TerminalText.line(name)): not a plain name"
            case .notARegularFile(let path, let kind): "refusing to replace \(path): it is \(kind), not a file aslkit wrote; remove it first"
            case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
            }
        }
    }

    /// What a folder holds under one name, compared with what would be written there.
    public enum Freshness: Sendable, Equatable {
        case fresh
        case missing
        case stale
        /// A link or another non-regular file: never read, never replaced.
        case notARegularFile(kind: String)
    }

    /// Checks the folder (see the type's comment) and, when `create`, creates it and its
    /// missing parents. Without `create` a missing folder is fine: every file in it is missing.
    /// - Parameter confinement: the repository (by default the git top level around the
    ///   current directory, else the current directory).
    public static func prepare(
        _ path: String, create: Bool, allowOutsideRoot: Bool = false, confinement: PathConfinement = .around(input: nil)
    ) throws(Failure) -> DiagramFolder {
        if !allowOutsideRoot, enters(path, root: confinement) {
            let anywhere = PathConfinement(root: "/", workingDirectory: confinement.workingDirectory)
            guard case .admitted(let resolved) = anywhere.admit(path) else {
                throw .leavesRoot(folder: path, resolved: "a loop of links", root: confinement.root)
            }
            if !isInside(resolved, root: confinement.root) {
                throw .leavesRoot(folder: path, resolved: resolved, root: confinement.root)
            }
        }
        var info = stat()
        if systemStat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(path) }
        } else if create {
            do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
                throw .cannotCreate(path, reason: error.localizedDescription)
            }
        }
        return DiagramFolder(path: path)
    }

    /// Whether `name` holds `bytes`.
    public func freshness(of name: String, bytes: [UInt8]) throws(Failure) -> Freshness {
        let file = try location(of: name)
        var info = stat()
        guard systemLstat(file, &info) == 0 else { return .missing }
        if let kind = Self.irregularKind(info) { return .notARegularFile(kind: kind) }
        guard Int(info.st_size) == bytes.count, let existing = Self.readRegularFile(file) else { return .stale }
        return existing == bytes ? .fresh : .stale
    }

    /// The bytes of a regular file in the folder (`nil` for a link, a pipe, a missing file).
    public func contents(of name: String) -> [UInt8]? {
        guard let file = try? location(of: name) else { return nil }
        return Self.readRegularFile(file)
    }

    /// Writes `bytes` as `name`: into a new temporary file in the folder, renamed over `name`.
    public func write(_ bytes: [UInt8], as name: String) throws(Failure) {
        let file = try location(of: name)
        var info = stat()
        if systemLstat(file, &info) == 0, let kind = Self.irregularKind(info) { throw .notARegularFile(path: file, kind: kind) }
        var attempt = 0
        var temporary: String
        var descriptor: Int32
        repeat {
            attempt += 1
            temporary = (path as NSString).appendingPathComponent(".\(name).aslkit-\(getpid())-\(attempt).tmp")
            descriptor = systemOpen(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        } while descriptor < 0 && errno == EEXIST && attempt < 100
        guard descriptor >= 0 else { throw .cannotWrite(path: file, reason: String(cString: strerror(errno))) }
        let written = Self.writeAll(bytes, to: descriptor)
        let closed = close(descriptor) == 0 ? 0 : errno
        let failure = written != 0 ? written : closed != 0 ? closed : rename(temporary, file) == 0 ? 0 : errno
        if failure != 0 {
            unlink(temporary)
            throw .cannotWrite(path: file, reason: String(cString: strerror(failure)))
        }
    }

    /// Names in the folder, sorted, except hidden ones (aslkit never writes those).
    public func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// `path/name`, once `name` is known to be one plain path component.
    public func location(of name: String) throws(Failure) -> String {
        guard Self.isPlainName(name) else { throw .badName(name) }
        return (path as NSString).appendingPathComponent(name)
    }

    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 255 && !name.hasPrefix(".") && !name.hasPrefix("-")
            && !name.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }
    }

    private static func irregularKind(_ info: stat) -> String? {
        switch info.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFLNK: "a symbolic link"
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe"
        default: "a special file"
        }
    }

    /// Reads a regular file without following a link or blocking on a pipe.
    private static func readRegularFile(_ file: String) -> [UInt8]? {
        let descriptor = systemOpen(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { return bytes }
            bytes += buffer[..<count]
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    /// Whether `path`, read from the left, reaches the repository: some leading part of it
    /// (links followed) is the root or inside it. Such a folder must stay inside; one that
    /// never enters the repository (`/tmp/x`) was chosen by the user, not by a pull request.
    static func enters(_ path: String, root confinement: PathConfinement) -> Bool {
        let anywhere = PathConfinement(root: "/", workingDirectory: confinement.workingDirectory)
        var prefix = ""
        for part in lexicalPath(path, from: confinement.workingDirectory).split(separator: "/") {
            prefix += "/" + part
            if case .admitted(let resolved) = anywhere.admit(prefix), isInside(resolved, root: confinement.root) { return true }
        }
        return false
    }

    /// `path` made absolute against `base`, with `.` and `..` taken as written (no links followed).
    static func lexicalPath(_ path: String, from base: String) -> String {
        var parts: [Substring] = []
        for part in ((path.hasPrefix("/") ? "" : base + "/") + path).split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
}
