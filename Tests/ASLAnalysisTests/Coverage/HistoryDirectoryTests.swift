import ASLAnalysis
import Foundation
import Testing

/// A folder of histories (`aslkit coverage DEF DIR`, `--coverage DIR`) reads its regular
/// `*.json` files only: a link is not followed and a pipe, which would hang, is never opened.
@Suite struct HistoryDirectoryTests {
    @Test func onlyRegularFilesOfAFolderAreRead() throws {
        let directory = NSTemporaryDirectory() + "aslkit-histories-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory + "/folder.json", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try #"{"events": [{"id": 1, "type": "ExecutionStarted"}]}"#.write(toFile: directory + "/a.json", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory + "/b.json", withDestinationPath: "a.json")
        #expect(mkfifo(directory + "/c.json", 0o600) == 0)
        let histories = try ExecutionHistory.load(paths: [directory])
        #expect(histories.map(\.source) == [directory + "/a.json"])
        // Named on the command line, a link is read: the user chose it.
        #expect(try ExecutionHistory.load(paths: [directory + "/b.json"]).map(\.source) == [directory + "/b.json"])
    }
}
