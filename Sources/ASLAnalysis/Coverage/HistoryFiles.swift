import ASLLoad
import ASLSource
import Foundation

extension ExecutionHistory {
    /// Reads history files and directories of them (`*.json`, not recursing, skipping
    /// `*.asl.json` and `*.truth.json`), in the order given and by name inside a directory.
    /// Inside a directory only regular files are read: symbolic links are not followed, as in
    /// the walk for definitions, and a pipe is never opened (it would hang).
    /// A file whose events do not include `ExecutionStarted` is a later page of the execution
    /// before it and is merged into it. Files of at most `maximumFileBytes`, and at most `maximumEvents` per execution.
    public static func load(paths: [String], progress: (any RunProgress)? = nil) throws -> [ExecutionHistory] {
        var histories: [ExecutionHistory] = []
        let files = try expand(paths)
        progress?.start(total: files.count)
        for file in files {
            defer { progress?.advance(item: file) }
            let bytes: [UInt8]
            switch FileContents.read(file, limit: maximumFileBytes) {
            case .success(let read): bytes = read
            case .failure(let failure): throw HistoryError.unreadable(source: file, reason: failure.description)
            }
            let events = try decodeEvents(bytes: bytes, source: file, limit: maximumEvents)
            if !events.contains(where: { $0.type == "ExecutionStarted" }), let last = histories.popLast() {
                guard last.events.count + events.count <= maximumEvents else {
                    throw HistoryError.unreadable(
                        source: last.source + " + " + file,
                        reason: HistoryDecoder.tooManyEvents(maximumEvents))
                }
                histories.append(ExecutionHistory(source: last.source + " + " + file, events: last.events + events))
            } else {
                histories.append(ExecutionHistory(source: file, events: events))
            }
        }
        return histories
    }

    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw HistoryError.unreadable(source: path, reason: "no such file or directory")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            files += names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".asl.json") && !$0.hasSuffix(".truth.json") }
                .sorted().map { (path as NSString).appendingPathComponent($0) }.filter(isRegularFile)
        }
        return files
    }

    /// Whether `path` itself (not what a link leads to) is a regular file.
    private static func isRegularFile(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular
    }
}
