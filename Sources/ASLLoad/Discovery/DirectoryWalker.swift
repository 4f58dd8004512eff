import Foundation

/// Lists candidate files (`.json`, `.yaml`, `.yml`) under a directory, recursively, in sorted
/// order so that output is the same on every machine. Skips hidden files and folders (names
/// starting with `.`, among them `.git` and `.build`), `node_modules`, CDK asset folders
/// (`cdk.out/asset.*`, bundled code, never templates), and anything that is neither a regular
/// file nor a folder (pipes, devices, sockets).
///
/// Symbolic links are not followed, as ripgrep and git do not: two links to `.` would make the
/// walk exponential, a link to `/` would walk the machine. With `followSymlinks` a link is
/// followed when its target resolves inside the confinement root, and every folder and file is
/// visited once, by (device, inode), so a loop ends and a machine is reported once.
enum DirectoryWalker {
    static func isSkipped(directoryName name: String) -> Bool {
        name.hasPrefix(".") || name == "node_modules" || name.hasPrefix("asset.")
    }

    /// - Complexity: O(entries under `directory` · log) for the sorting; each folder is listed
    ///   at most once.
    static func candidateFiles(under directory: String, confinement: PathConfinement) -> [String] {
        let follow = confinement.policy.followSymlinks
        var found: [String] = []
        var visited = Set<FileSystemEntry.Identity>()
        if let start = FileSystemEntry(followingLinksAt: directory) { visited.insert(start.identity) }
        var pending = [directory]
        while let current = pending.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: current) else { continue }
            var subdirectories: [String] = []
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                guard let entry = entry(at: path, follow: follow, confinement: confinement) else { continue }
                switch entry.kind {
                case .directory where !isSkipped(directoryName: name):
                    if visited.insert(entry.identity).inserted { subdirectories.append(path) }
                case .regular where FilePaths.isCandidate(name):
                    if !follow || visited.insert(entry.identity).inserted { found.append(path) }
                default:
                    continue
                }
            }
            // Depth-first in sorted order: push in reverse so the first name is visited first.
            pending += subdirectories.reversed()
        }
        return found
    }

    /// The entry at `path`; for a link, what it leads to when links are followed and that lies
    /// inside the root, else `nil`.
    private static func entry(at path: String, follow: Bool, confinement: PathConfinement) -> FileSystemEntry? {
        guard let entry = FileSystemEntry(linkAt: path) else { return nil }
        guard entry.kind == .symbolicLink else { return entry }
        guard follow, let target = PathResolver.resolve(path, from: confinement.workingDirectory),
            confinement.contains(resolved: target)
        else { return nil }
        return FileSystemEntry(followingLinksAt: target)
    }
}
