import ASLLoad
import Foundation
import Testing

@testable import ASLRender

/// `render --out-dir` writes into a folder a pull request may have planted links in: nothing
/// is ever written outside it.
@Suite struct DiagramFolderTests {
    /// A scratch "repository" (with `.git`) and a folder beside it that must stay untouched.
    struct Scratch {
        let base: String
        var repository: String { base + "/repo" }
        var outside: String { base + "/outside" }
        let confinement: PathConfinement

        init() throws {
            let made = NSTemporaryDirectory() + "aslkit-folder-\(UUID().uuidString)"
            for folder in ["/repo/.git", "/outside"] {
                try FileManager.default.createDirectory(atPath: made + folder, withIntermediateDirectories: true)
            }
            base = URL(fileURLWithPath: made).resolvingSymlinksInPath().path  // /tmp is a link on macOS
            try Data("secret\n".utf8).write(to: URL(fileURLWithPath: base + "/outside/secret.txt"))
            confinement = PathConfinement(root: base + "/repo", workingDirectory: base + "/repo")
        }

        /// Every file under `outside`, with its bytes.
        func outsideFiles() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for name in try FileManager.default.subpathsOfDirectory(atPath: outside) {
                files[name] = FileManager.default.contents(atPath: outside + "/" + name)
            }
            return files
        }

        func remove() { try? FileManager.default.removeItem(atPath: base) }
    }

    @Test func writesComparesAndRewrites() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = try DiagramFolder.prepare(scratch.repository + "/docs/diagrams", create: true, confinement: scratch.confinement)
        #expect(try folder.freshness(of: "a.svg", bytes: Array("one".utf8)) == .missing)
        try folder.write(Array("one".utf8), as: "a.svg")
        #expect(try folder.freshness(of: "a.svg", bytes: Array("one".utf8)) == .fresh)
        #expect(try folder.freshness(of: "a.svg", bytes: Array("two".utf8)) == .stale)
        #expect(try folder.freshness(of: "a.svg", bytes: Array("three".utf8)) == .stale)
        try folder.write(Array("two".utf8), as: "a.svg")
        #expect(folder.contents(of: "a.svg") == Array("two".utf8))
        #expect(folder.names() == ["a.svg"])  // no temporary file left behind
    }

    /// A link planted at a diagram's name is neither followed nor replaced.
    @Test func aPlantedLinkIsRefusedAndItsTargetUntouched() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let before = try scratch.outsideFiles()
        let folder = try DiagramFolder.prepare(scratch.repository + "/docs", create: true, confinement: scratch.confinement)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/a.svg", withDestinationPath: scratch.outside + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/b.svg", withDestinationPath: scratch.outside + "/new.txt")
        #expect(try folder.freshness(of: "a.svg", bytes: Array("secret\n".utf8)) == .notARegularFile(kind: "a symbolic link"))
        #expect(folder.contents(of: "a.svg") == nil)
        for name in ["a.svg", "b.svg"] {
            #expect(throws: DiagramFolder.Failure.notARegularFile(path: folder.path + "/" + name, kind: "a symbolic link")) {
                try folder.write(Array("drawn".utf8), as: name)
            }
        }
        #expect(try scratch.outsideFiles() == before)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/a.svg") == scratch.outside + "/secret.txt")
    }

    /// A named pipe would block a reader forever: it is reported, not opened.
    @Test func aPlantedPipeIsNeitherReadNorReplaced() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = try DiagramFolder.prepare(scratch.repository + "/docs", create: true, confinement: scratch.confinement)
        #expect(mkfifo(folder.path + "/a.svg", 0o644) == 0)
        #expect(try folder.freshness(of: "a.svg", bytes: []) == .notARegularFile(kind: "a named pipe"))
        #expect(throws: DiagramFolder.Failure.self) { try folder.write(Array("x".utf8), as: "a.svg") }
    }

    @Test(arguments: ["../escape.svg", "a/b.svg", "", ".", "..", ".hidden.svg", "-rf.svg", "a\u{0}b.svg", "a\nb.svg", "..\\x.svg"])
    func namesThatAreNotPlainAreRefused(_ name: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = try DiagramFolder.prepare(scratch.repository + "/docs", create: true, confinement: scratch.confinement)
        #expect(throws: DiagramFolder.Failure.badName(name)) { try folder.write(Array("x".utf8), as: name) }
        #expect(folder.names() == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.repository).sorted() == [".git", "docs"])
    }

    /// `docs` → a folder outside the repository: the folder is refused and nothing is created.
    @Test func aLinkedFolderThatLeavesTheRepositoryIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let before = try scratch.outsideFiles()
        try FileManager.default.createSymbolicLink(atPath: scratch.repository + "/docs", withDestinationPath: scratch.outside)
        for path in [scratch.repository + "/docs/diagrams", scratch.repository + "/docs", scratch.repository + "/x/../docs/diagrams"] {
            #expect(throws: DiagramFolder.Failure.self) {
                try DiagramFolder.prepare(path, create: true, confinement: scratch.confinement)
            }
        }
        #expect(try scratch.outsideFiles() == before)
        // Asked for explicitly, it is allowed.
        _ = try DiagramFolder.prepare(scratch.repository + "/docs/diagrams", create: true, allowOutsideRoot: true, confinement: scratch.confinement)
        #expect(FileManager.default.fileExists(atPath: scratch.outside + "/diagrams"))
    }

    /// The repository reached through a link outside it (as `/tmp` → `/private/tmp` on macOS)
    /// is still the repository: a planted `docs` link out of it is refused.
    @Test func aRepositoryReachedThroughALinkIsStillChecked() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createSymbolicLink(atPath: scratch.base + "/alias", withDestinationPath: scratch.repository)
        try FileManager.default.createSymbolicLink(atPath: scratch.repository + "/docs", withDestinationPath: scratch.outside)
        #expect(throws: DiagramFolder.Failure.leavesRoot(
            folder: scratch.base + "/alias/docs/diagrams", resolved: scratch.outside + "/diagrams", root: scratch.repository)
        ) {
            try DiagramFolder.prepare(scratch.base + "/alias/docs/diagrams", create: true, confinement: scratch.confinement)
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.outside + "/diagrams"))
    }

    /// A link inside the repository to another folder inside it is fine; so is a folder the
    /// user names outside the repository.
    @Test func linksInsideAndFoldersOutsideAreAllowed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.repository + "/site", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.repository + "/docs", withDestinationPath: "site")
        let inside = try DiagramFolder.prepare(scratch.repository + "/docs/diagrams", create: true, confinement: scratch.confinement)
        try inside.write(Array("x".utf8), as: "a.svg")
        #expect(FileManager.default.contents(atPath: scratch.repository + "/site/diagrams/a.svg") == Data("x".utf8))
        _ = try DiagramFolder.prepare(scratch.outside + "/diagrams", create: true, confinement: scratch.confinement)
        #expect(FileManager.default.fileExists(atPath: scratch.outside + "/diagrams"))
    }

    @Test func aFileWhereTheFolderGoesIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Data().write(to: URL(fileURLWithPath: scratch.repository + "/docs"))
        #expect(throws: DiagramFolder.Failure.notAFolder(scratch.repository + "/docs")) {
            try DiagramFolder.prepare(scratch.repository + "/docs", create: true, confinement: scratch.confinement)
        }
    }
}
