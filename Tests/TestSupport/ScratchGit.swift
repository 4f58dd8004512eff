import Foundation

/// `git` in a scratch repository of a test, with a fixed identity and no signing; output
/// discarded. Returns git's exit status.
public enum ScratchGit {
    public static let isAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/git")

    public static func run(in directory: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-C", directory, "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
