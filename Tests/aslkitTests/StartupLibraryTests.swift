import Foundation
import TestSupport
import Testing

/// Which shared libraries a run loads. Graphviz is opened only when a layout is made (in the
/// worker process), so `validate` must not map libgvc or the libraries it brings; glibc's
/// loader lists every library it opens under `LD_DEBUG=files`.
@Suite struct StartupLibraryTests {
    struct Run {
        var status: Int32
        var stdout: String
        /// Each library the loader opened, with how: "needed by" (at start) or "dynamically loaded by".
        var libraries: [String: String]
    }

    static func run(_ arguments: [String], input: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = SharedData.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["LD_DEBUG"] = "files"
        process.environment = environment
        let stdin = Pipe(), out = Pipe(), err = Pipe()
        if input != nil { process.standardInput = stdin }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // "   1234:     file=libgvc.so.6 [0];  dynamically loaded by ./aslkit [0]", then
        // "file=libgvc.so.6 [0];  generating link map"; the first of the two kinds counts.
        var libraries: [String: String] = [:]
        for line in log.split(separator: "\n") {
            guard let file = line.range(of: "file="), let semicolon = line[file.upperBound...].range(of: ";  ") else { continue }
            let name = String(line[file.upperBound..<semicolon.lowerBound].prefix { $0 != " " })
            let how = line[semicolon.upperBound...]
            for kind in ["needed by", "dynamically loaded by"] where how.hasPrefix(kind) && libraries[name] == nil {
                libraries[name] = kind
            }
        }
        return Run(status: process.terminationStatus, stdout: stdout, libraries: libraries)
    }

    static let graphvizLibraries = ["libgvc", "libcgraph", "libcdt", "libpathplan", "libltdl", "libexpat"]

    #if os(Linux)
        @Test func validateLoadsNoGraphvizLibrary() throws {
            let run = try Self.run(["validate", "Samples/order-workflow.asl.json"])
            #expect(run.status == 0)
            // The log was read: libyaml is linked and loaded at start.
            #expect(run.libraries["libyaml-0.so.2"] == "needed by")
            #expect(run.libraries.keys.filter { name in Self.graphvizLibraries.contains(where: name.hasPrefix) } == [])
        }

        /// The worker mode opens libgvc itself when it lays out a graph.
        @Test func theLayoutWorkerOpensGraphviz() throws {
            let run = try Self.run(["_layout-worker", "--format", "svg", "--engine", "dot", "--memory-mb", "0"], input: "digraph { a -> b }")
            #expect(run.status == 0)
            #expect(run.stdout.hasPrefix("aslkit-layout ok "))
            #expect(run.stdout.contains("<svg"))
            #expect(run.libraries["libgvc.so.6"] == "dynamically loaded by")
            #expect(run.libraries["libcgraph.so.6"] == "needed by")
        }
    #endif
}
