#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `lstat(2)` (or `stat(2)`, through links) says about one path: its kind and its
/// (device, inode) identity, which is what the directory walk remembers to break cycles.
struct FileSystemEntry: Sendable {
    enum Kind: Sendable { case regular, directory, symbolicLink, other }

    /// Two paths with the same identity are the same file, whatever links lead there.
    struct Identity: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    var kind: Kind
    var identity: Identity

    /// The entry itself (a link is reported as a link); `nil` when it does not exist.
    init?(linkAt path: String) {
        var info = stat()
        guard path.withCString({ systemLstat($0, &info) }) == 0 else { return nil }
        self.init(info)
    }

    /// What the path leads to, through any links; `nil` when that does not exist.
    init?(followingLinksAt path: String) {
        var info = stat()
        guard path.withCString({ systemStat($0, &info) }) == 0 else { return nil }
        self.init(info)
    }

    /// The text of a symbolic link (`readlink(2)`); `nil` when `path` is not a link.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = path.withCString { readlink($0, &buffer, buffer.count - 1) }
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}

private func systemLstat(_ path: UnsafePointer<CChar>, _ info: inout stat) -> Int32 { lstat(path, &info) }
private func systemStat(_ path: UnsafePointer<CChar>, _ info: inout stat) -> Int32 { stat(path, &info) }
