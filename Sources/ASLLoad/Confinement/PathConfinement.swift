import Foundation

/// The directory a load may read beneath: the git top level around an input (the nearest
/// enclosing directory holding `.git`), else the directory given on the command line (a file's
/// own directory). Paths are compared once resolved (`PathResolver`), so a symbolic link inside
/// the root that leads out of it is outside.
public struct PathConfinement: Sendable, Equatable {
    /// Resolved, absolute.
    public let root: String
    /// What relative paths are read against (resolved, absolute): the current directory for
    /// paths the user typed, the repository for paths git reports.
    public let workingDirectory: String
    public let policy: LoadPolicy

    /// The outcome of asking for one path.
    public enum Admission: Sendable, Equatable {
        /// Inside the root (or outside, and allowed): read this resolved path.
        case admitted(String)
        /// Outside the root: it must not be read, nor its existence told.
        case outsideRoot
        /// The links in the path loop.
        case unresolvable
    }

    public init(root: String, workingDirectory: String? = nil, policy: LoadPolicy = LoadPolicy()) {
        let current = Self.currentDirectory
        let base = workingDirectory.flatMap { PathResolver.resolve($0, from: current) } ?? current
        self.root = PathResolver.resolve(root, from: base) ?? root
        self.workingDirectory = base
        self.policy = policy
    }

    /// The confinement of an input named on the command line (a file or a directory), or of
    /// standard input when `input` is `nil` (the current directory).
    public static func around(input: String?, policy: LoadPolicy = LoadPolicy()) -> PathConfinement {
        around(directory: input.map(directory(of:)) ?? ".", policy: policy)
    }

    /// The confinement of every input in `directory` (`directory(of:)`): callers with many
    /// inputs compute it once per directory.
    static func around(directory: String, policy: LoadPolicy) -> PathConfinement {
        let current = currentDirectory
        let start = PathResolver.resolve(directory, from: current) ?? current
        return PathConfinement(root: gitTopLevel(above: start) ?? start, workingDirectory: current, policy: policy)
    }

    /// A directory input itself, else the folder of a file input (`.` for a bare name).
    static func directory(of input: String) -> String {
        if FileSystemEntry(followingLinksAt: input)?.kind == .directory { return input }
        let parent = (input as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    /// Where `path` may be read from, if at all.
    public func admit(_ path: String) -> Admission {
        guard let resolved = PathResolver.resolve(path, from: workingDirectory) else { return .unresolvable }
        if PathResolver.isInside(resolved, root: root) { return .admitted(resolved) }
        return policy.allowOutsideRoot ? .admitted(resolved) : .outsideRoot
    }

    /// Whether a resolved path lies inside the root, whatever the policy allows.
    func contains(resolved path: String) -> Bool { PathResolver.isInside(path, root: root) }

    /// The nearest directory at or above `directory` that holds `.git` (a folder, or the file
    /// of a worktree or submodule), as `git rev-parse --show-toplevel` finds it, without running git.
    static func gitTopLevel(above directory: String) -> String? {
        var candidate = directory
        while true {
            if FileSystemEntry(linkAt: (candidate == "/" ? "" : candidate) + "/.git") != nil { return candidate }
            guard candidate != "/" else { return nil }
            candidate = (candidate as NSString).deletingLastPathComponent
            if candidate.isEmpty { candidate = "/" }
        }
    }

    private static var currentDirectory: String {
        let path = FileManager.default.currentDirectoryPath
        return PathResolver.resolve(path, from: "/") ?? path
    }
}
