import Foundation

/// Lists candidate files (`.json`, `.yaml`, `.yml`) under a directory, recursively, in sorted
/// order so that output is the same on every machine. Skips VCS, dependency and build folders,
/// hidden folders, and CDK asset folders (`cdk.out/asset.*`, bundled code, never templates).
enum DirectoryWalker {
    static func isSkipped(directoryName name: String) -> Bool {
        name.hasPrefix(".") || name == "node_modules" || name.hasPrefix("asset.")
    }

    /// - Complexity: O(entries under `directory` · log) for the sorting.
    static func candidateFiles(under directory: String) -> [String] {
        var found: [String] = []
        var pending = [directory]
        let manager = FileManager.default
        while let current = pending.popLast() {
            guard let names = try? manager.contentsOfDirectory(atPath: current) else { continue }
            var subdirectories: [String] = []
            for name in names.sorted() {
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    if !isSkipped(directoryName: name) { subdirectories.append(path) }
                } else if FilePaths.isCandidate(name), !name.hasPrefix(".") {
                    found.append(path)
                }
            }
            // Depth-first in sorted order: push in reverse so the first name is visited first.
            pending += subdirectories.reversed()
        }
        return found
    }
}
