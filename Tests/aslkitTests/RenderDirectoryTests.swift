import Foundation
import TestSupport
import Testing

/// `aslkit render PATH... --out-dir DIR [--check]` through the built binary: the docs
/// workflow, the freshness gate, and hostile names and planted links in a pull request.
@Suite struct RenderDirectoryTests {
    /// A scratch repository (`.git` inside) with machines under `sfn/`, and a folder beside it.
    struct Scratch {
        let base: URL
        var repository: URL { base.appendingPathComponent("repo") }
        var outside: URL { base.appendingPathComponent("outside") }

        init() throws {
            let made = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-renderdir-\(UUID().uuidString)")
            for folder in ["repo/.git", "repo/sfn/nested", "outside"] {
                try FileManager.default.createDirectory(at: made.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            base = made.resolvingSymlinksInPath()
            try Data("keep\n".utf8).write(to: outside.appendingPathComponent("keep.txt"))
        }

        func write(_ path: String, _ text: String) throws {
            try Data(text.utf8).write(to: repository.appendingPathComponent(path))
        }

        func run(_ arguments: [String]) throws -> CommandLineTests.Result {
            try CommandLineTests.run(arguments, in: repository)
        }

        func files(_ folder: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent(folder).path).sorted()
        }

        /// Every path under the scratch folder but inside `repo/`'s expected places.
        func outsideFiles() throws -> [String] {
            try FileManager.default.subpathsOfDirectory(atPath: outside.path).sorted()
        }

        func remove() { try? FileManager.default.removeItem(at: base) }
    }

    static let machine = #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Succeed"}}}"#
    static func template(_ resources: [String]) -> String {
        let entries = resources.map { name in
            let key = String(decoding: try! JSONEncoder().encode(name), as: UTF8.self)
            return "\(key): {\"Type\": \"AWS::StepFunctions::StateMachine\", \"Properties\": {\"Definition\": \(machine)}}"
        }
        return "{\"Resources\": {\(entries.joined(separator: ", "))}}"
    }

    @Test func drawsEveryMachineThenChecksTheFolder() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("sfn/order.asl.json", Self.machine)
        try scratch.write("sfn/nested/stack.template.json", Self.template(["First", "Second"]))
        let draw = ["render", "sfn", "--out-dir", "docs/diagrams", "--format", "mermaid,dot", "--jobs", "2"]
        let first = try scratch.run(draw)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try scratch.files("docs/diagrams") == [
            "nested-stack-First.dot", "nested-stack-First.mmd", "nested-stack-Second.dot", "nested-stack-Second.mmd", "order.dot", "order.mmd",
        ])
        #expect(first.stdout.hasSuffix("3 machines drawn into docs/diagrams: 6 files written, 0 unchanged.\n"))
        // In load order: a folder's files before its subfolders.
        #expect(first.stdout.hasPrefix("wrote docs/diagrams/order.dot\nwrote docs/diagrams/order.mmd\nwrote docs/diagrams/nested-stack-First.dot\n"))

        let again = try scratch.run(draw)
        #expect(again.stdout == "3 machines drawn into docs/diagrams: 0 files written, 6 unchanged.\n")

        let fresh = try scratch.run(draw + ["--check"])
        #expect(fresh.status == 0, "\(fresh.stdout)")
        #expect(fresh.stdout == "docs/diagrams is fresh: 6 files of 3 machines.\n")

        // A machine changes, a diagram is deleted, a renamed machine's diagram lingers,
        // and a hand-written note sits beside them.
        try scratch.write("sfn/order.asl.json", Self.machine.replacingOccurrences(of: "\"B\": {\"Type\": \"Succeed\"}", with: "\"B\": {\"Type\": \"Fail\"}"))
        let diagrams = scratch.repository.appendingPathComponent("docs/diagrams")
        try FileManager.default.removeItem(at: diagrams.appendingPathComponent("nested-stack-Second.dot"))
        try Data("old".utf8).write(to: diagrams.appendingPathComponent("renamed.mmd"))
        try Data("notes".utf8).write(to: diagrams.appendingPathComponent("README.txt"))
        let stale = try scratch.run(draw + ["--check"])
        #expect(stale.status == 1)
        #expect(stale.stdout == """
            stale: docs/diagrams/order.dot
            stale: docs/diagrams/order.mmd
            missing: docs/diagrams/nested-stack-Second.dot
            extra, ignored: docs/diagrams/README.txt
            extra: docs/diagrams/renamed.mmd (no machine draws it)
            docs/diagrams is stale: 2 stale, 1 missing, 1 extra of 6 files of 3 machines; run the same command without --check to refresh it, and remove the extra files.

            """)
        #expect(try String(contentsOf: diagrams.appendingPathComponent("renamed.mmd"), encoding: .utf8) == "old")
        #expect(!(try scratch.files("docs/diagrams")).contains("nested-stack-Second.dot"), "--check wrote a file")

        let refresh = try scratch.run(draw)
        #expect(refresh.status == 0)
        #expect(refresh.stderr == "aslkit: note: docs/diagrams/renamed.mmd is drawn by no machine; left in place\n")
        #expect(try scratch.run(draw + ["--check"]).status == 1)  // the leftover still fails the gate
        try FileManager.default.removeItem(at: diagrams.appendingPathComponent("renamed.mmd"))
        #expect(try scratch.run(draw + ["--check"]).status == 0)
    }

    /// SVG from several jobs at once has the same bytes as from one.
    @Test func parallelAndSerialRunsWriteTheSameBytes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for index in 0..<4 { try scratch.write("sfn/m\(index).asl.json", Self.machine.replacingOccurrences(of: "\"A\"", with: "\"A\(index)\"")) }
        #expect(try scratch.run(["render", "sfn", "--out-dir", "one", "--jobs", "1"]).status == 0)
        #expect(try scratch.run(["render", "sfn", "--out-dir", "four", "--jobs", "4"]).status == 0)
        #expect(try scratch.files("one") == ["m0.svg", "m1.svg", "m2.svg", "m3.svg"])
        for name in try scratch.files("one") {
            let one = try Data(contentsOf: scratch.repository.appendingPathComponent("one/" + name))
            let four = try Data(contentsOf: scratch.repository.appendingPathComponent("four/" + name))
            #expect(one == four, "\(name)")
        }
        let check = try scratch.run(["render", "sfn", "--out-dir", "one", "--check"])
        #expect(check.status == 0, "\(check.stdout)")
    }

    /// An SVG another Graphviz drew is stale, and `--check` says why.
    @Test func aStaleSVGFromAnotherGraphvizSaysSo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("sfn/a.asl.json", Self.machine)
        #expect(try scratch.run(["render", "sfn", "--out-dir", "docs"]).status == 0)
        let svg = scratch.repository.appendingPathComponent("docs/a.svg")
        let drawn = try String(contentsOf: svg, encoding: .utf8)
        let version = try #require(drawn.split(separator: "\n").first { $0.hasPrefix("<!-- Generated by graphviz version ") })
        try drawn.replacingOccurrences(of: String(version), with: "<!-- Generated by graphviz version 1.0.0 (0)").write(to: svg, atomically: true, encoding: .utf8)
        let check = try scratch.run(["render", "sfn", "--out-dir", "docs", "--check"])
        #expect(check.status == 1)
        let current = version.dropFirst("<!-- Generated by graphviz version ".count)
        #expect(check.stdout.hasPrefix("stale: docs/a.svg (drawn by Graphviz 1.0.0 (0); this is Graphviz \(current))\n"), "\(check.stdout)")
    }

    /// Resource names and file names from a pull request never name a file outside DIR.
    @Test func hostileNamesStayInTheFolder() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("sfn/-rf.asl.json", Self.machine)
        try scratch.write("sfn/stack.template.json", Self.template(["../../../outside/pwned", "a\nb\u{1B}[31m", ".hidden", "/etc/x", String(repeating: "L", count: 400)]))
        let run = try scratch.run(["render", "sfn", "--out-dir", "docs", "--format", "mermaid"])
        #expect(run.status == 0, "\(run.stderr)")
        let written = try scratch.files("docs")
        #expect(written.filter { !$0.hasPrefix("stack-LLL") } == [
            "rf.mmd", "stack-.._.._.._outside_pwned.mmd", "stack-.hidden.mmd", "stack-_etc_x.mmd", "stack-a_b_31m.mmd",
        ])
        let long = written.filter { $0.hasPrefix("stack-LLL") }
        #expect(long.count == 1 && long[0].count == 124 && long[0].hasPrefix("stack-" + String(repeating: "L", count: 105) + "-"))
        #expect(try scratch.outsideFiles() == ["keep.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.repository.path).sorted() == [".git", "docs", "sfn"])
        #expect(!run.stdout.contains("\u{1B}"))
    }

    /// A pull request plants a link where a diagram goes: aslkit refuses that file (exit 2),
    /// writes the others, and the link's target is untouched.
    @Test func aPlantedLinkInTheFolderIsNotWrittenThrough() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("sfn/a.asl.json", Self.machine)
        try scratch.write("sfn/b.asl.json", Self.machine)
        let docs = scratch.repository.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: docs.appendingPathComponent("a.mmd").path, withDestinationPath: scratch.outside.appendingPathComponent("keep.txt").path)
        let run = try scratch.run(["render", "sfn", "--out-dir", "docs", "--format", "mermaid"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("aslkit: refusing to replace docs/a.mmd: it is a symbolic link, not a file aslkit wrote; remove it first"))
        #expect(try String(contentsOf: scratch.outside.appendingPathComponent("keep.txt"), encoding: .utf8) == "keep\n")
        #expect(try scratch.outsideFiles() == ["keep.txt"])
        #expect(FileManager.default.fileExists(atPath: docs.appendingPathComponent("b.mmd").path))
        let check = try scratch.run(["render", "sfn", "--out-dir", "docs", "--format", "mermaid", "--check"])
        #expect(check.status == 2)
    }

    /// `docs` is a link out of the repository: nothing is created or written there.
    @Test func aLinkedFolderLeavingTheRepositoryIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("sfn/a.asl.json", Self.machine)
        try FileManager.default.createSymbolicLink(atPath: scratch.repository.appendingPathComponent("docs").path, withDestinationPath: scratch.outside.path)
        let run = try scratch.run(["render", "sfn", "--out-dir", "docs/diagrams", "--format", "mermaid"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("aslkit: docs/diagrams leads to \(scratch.outside.path)/diagrams through a symbolic link, outside the repository \(scratch.repository.path); refusing to write there"))
        #expect(try scratch.outsideFiles() == ["keep.txt"])
    }

    /// Issue 13's "done when": every corpus machine drawn as SVG, no crash, and no layout that
    /// needed a simpler drawing (which a layout past its 12 s deadline would).
    @Test(.enabled(if: SharedData.isPresent("corpus"), "needs ../shared/corpus"))
    func everyCorpusMachineIsDrawn() throws {
        let corpus = try SharedData.require("corpus")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.run(["render", corpus.path, "--out-dir", folder.path, "--format", "svg"])
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try #require(run.stdout.split(separator: "\n").last)
        let machines = try #require(Int(summary.prefix { $0 != " " }))
        #expect(machines > 700)
        #expect(summary.hasSuffix(": \(machines) files written, 0 unchanged."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".svg") }.count == machines)
        #expect(!run.stderr.contains("could not be laid out"), "\(run.stderr)")
    }

    @Test func optionsThatDoNotGoTogetherAreRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("sfn/a.asl.json", Self.machine)
        #expect(try scratch.run(["render", "sfn/a.asl.json", "--check"]).status == 2)
        #expect(try scratch.run(["render", "sfn", "--out-dir", "d", "-o", "x.svg"]).status == 2)
        #expect(try scratch.run(["render", "sfn/a.asl.json", "--format", "svg,dot"]).status == 2)
        #expect(try scratch.run(["render", "sfn", "--out-dir", "d", "--format", "svg,gif"]).status == 2)
        let empty = try scratch.run(["render", ".git", "--out-dir", "d"])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("no state machine found"))
    }
}

/// The progress line: on a terminal only, never in pipes or CI logs.
@Suite struct ProgressLineCommandTests {
    static var script: String? {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/script") ? "/usr/bin/script" : nil
    }

    /// `command` under a pseudo-terminal (util-linux `script`): what the terminal received.
    static func underTerminal(_ arguments: [String], ci: Bool) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script!)
        let command = ([CommandLineTests.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = SharedData.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["CI"] = ci ? "true" : nil
        environment["ASLKIT_PROGRESS_DELAY"] = "0"
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func absentWhenStandardErrorIsAPipe() throws {
        let run = try CommandLineTests.run(["validate", "Samples"])
        #expect(run.status == 1)
        #expect(!run.stderr.contains("\r"))
        #expect(!run.stderr.contains("validated"))
    }

    @Test(.enabled(if: script != nil, "needs util-linux `script` for a pseudo-terminal"))
    func presentOnATerminalAndClearedAtTheEnd() throws {
        let shown = try Self.underTerminal(["validate", "Samples"], ci: false)
        #expect(shown.contains("\rvalidated 1/"))
        #expect(shown.contains(" files: Samples/"))
        #expect(shown.contains("\r\u{1B}[K"))
        let report = try Self.underTerminal(["report", "Samples/order-workflow.asl.json"], ci: false)
        #expect(report.contains("\rreported 1/1 machines: Samples/order-workflow.asl.json\u{1B}[K\r\u{1B}[K"))
    }

    @Test(.enabled(if: script != nil, "needs util-linux `script` for a pseudo-terminal"))
    func absentInCIEvenOnATerminal() throws {
        let shown = try Self.underTerminal(["validate", "Samples"], ci: true)
        #expect(shown.contains("state machines in"))
        #expect(!shown.contains("\rvalidated"))
    }
}
