import Foundation
import TestSupport
import Testing

/// Write errors, unusable numbers, broken settings files and unreadable inputs: each is exit 2
/// with one clear line, never a trap, a lost report or a run on silent defaults.
@Suite struct FaultTests {
    static let sample = "Samples/order-workflow.asl.json"

    static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-faults-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Runs the binary with standard output sent to `path` (a file or `/dev/full`).
    static func run(_ arguments: [String], stdoutTo path: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = SharedData.packageRoot
        let output = try #require(FileHandle(forWritingAtPath: path))
        process.standardOutput = output
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDiskOnStandardOutputIsExitTwoWithOneLine() throws {
        for arguments in [
            ["render", "--format", "dot", Self.sample], ["render", "--format", "svg", Self.sample],
            ["validate", "--format", "sarif", Self.sample], ["report", Self.sample], ["analyze", "--format", "json", Self.sample],
        ] {
            let result = try Self.run(arguments, stdoutTo: "/dev/full")
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == "aslkit: cannot write standard output: No space left on device\n", "\(arguments)")
        }
    }

    @Test func unwritableOutputFileIsExitTwo() throws {
        let missing = "/nonexistent-aslkit-folder/out.dot"
        let result = try CommandLineTests.run(["render", "--format", "dot", "-o", missing, Self.sample])
        #expect(result.status == 2)
        #expect(result.stderr == "aslkit: cannot write \(missing): No such file or directory\n")
    }

    /// A reader that stops early: no message, and the command's own exit status.
    @Test func closedPipeEndsQuietly() throws {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["rules"]
        process.currentDirectoryURL = SharedData.packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try out.fileHandleForReading.close()
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(stderr.isEmpty)
    }

    @Test func unusableNumbersAreUsageErrorsNamingTheFlag() throws {
        let machine = "Samples/distributed-map.asl.json"
        let cases: [([String], String)] = [
            (["analyze", "--format", "json", "--price", "nan", machine], "Error: --price must be a number from 0 to 1000, got nan"),
            (["analyze", "--price", "1e309", machine], "Error: --price must be a number from 0 to 1000, got inf"),
            (["analyze", "--price=-1", machine], "Error: --price must be a number from 0 to 1000, got -1.0"),
            (["audit", "--max-cost", "nan", machine], "Error: --max-cost must be a number from 0 to 1000000000, got nan"),
            (["analyze", "--memory-mb", "9223372036854775807", machine], "Error: --memory-mb must be a whole number from 1 to 1048576, got 9223372036854775807"),
            (["paths", "--loop-unroll", "5000", machine], "Error: --loop-unroll must be a whole number from 0 to 1000, got 5000"),
            (["coverage", "--min-edge-coverage", "101", machine, "x.json"], "Error: --min-edge-coverage must be a number from 0 to 100, got 101.0"),
        ]
        for (arguments, message) in cases {
            let result = try CommandLineTests.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix(message + "\n"), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func brokenOrMissingSettingsFileIsExitTwo() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.yml")
        try "rules:\n  task-timeout-missing: [\n".write(to: broken, atomically: true, encoding: .utf8)
        let strict = try CommandLineTests.run(["validate", "--strict", "--config", broken.path, Self.sample])
        #expect(strict.status == 2)
        #expect(strict.stderr.hasPrefix("\(broken.path):"))
        #expect(strict.stderr.contains(": error: [yaml-syntax] "))
        #expect(strict.stdout.isEmpty)
        let missing = directory.appendingPathComponent("missing.yml").path
        let absent = try CommandLineTests.run(["analyze", "--config", missing, Self.sample])
        #expect(absent.status == 2)
        #expect(absent.stderr == "\(missing): error: [input-unreadable] cannot read the settings file: no such file or directory\n")
        let outOfRange = directory.appendingPathComponent("price.yml")
        try "price-per-1000-transitions: .nan\nbudgets:\n  max-cost: 1e309\n".write(to: outOfRange, atomically: true, encoding: .utf8)
        let price = try CommandLineTests.run(["audit", "--config", outOfRange.path, Self.sample])
        #expect(price.status == 2)
        #expect(price.stderr == """
            \(outOfRange.path):1:1: error: [config-value] 'price-per-1000-transitions' must be a number from 0 to 1000
            \(outOfRange.path):3:3: error: [config-value] 'max-cost' must be a number from 0 to 1000000000

            """)
    }

    @Test func diffWithAnUnreadableBaseIsExitTwo() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("base.asl.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for base in [fifo, "/dev/zero"] {
            let result = try CommandLineTests.run(["diff", "--format", "text", base, Self.sample])
            #expect(result.status == 2, "\(base)")
            #expect(result.stderr == "\(base): error: [input-unreadable] cannot read the file: it is not a regular file\n")
            #expect(result.stdout.isEmpty)
        }
    }
}
