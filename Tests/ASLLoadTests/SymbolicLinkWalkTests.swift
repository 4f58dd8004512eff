import ASLLoad
import Foundation
import Testing

/// The directory walk and symbolic links (`../shared/repro/README.txt` item 3, rebuilt here):
/// links are not followed by default; with `followSymlinks` each folder and file is visited
/// once and nothing outside the root is walked.
@Suite struct SymbolicLinkWalkTests {
    private let machine = #"{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}"#
    private let follow = LoadPolicy(followSymlinks: true)

    private func link(_ directory: TemporaryDirectory, _ relativePath: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/" + relativePath, withDestinationPath: destination)
    }

    private func names(_ result: LoadResult, under directory: TemporaryDirectory) -> [String] {
        result.machines.map { String($0.origin.file.dropFirst(directory.path.count + 1)) }
    }

    /// `ln -s . a; ln -s . b`: followed blindly, every level doubles the walk.
    @Test func twoLinksToTheFolderItselfAreWalkedOnce() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("m.asl.json", machine)
        try link(directory, "a", to: ".")
        try link(directory, "b", to: ".")
        for policy in [LoadPolicy(), follow] {
            let result = Loader.load(paths: [directory.path], policy: policy)
            #expect(names(result, under: directory) == ["m.asl.json"], "\(policy)")
            #expect(result.filesScanned == 1)
        }
    }

    /// A link to `/` would walk the whole machine; followed, it leads outside the root.
    @Test func aLinkToTheFileSystemRootIsNotWalked() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("m.asl.json", machine)
        try link(directory, "everything", to: "/")
        for policy in [LoadPolicy(), follow] {
            let files = Loader.files(in: [directory.path], policy: policy)
            #expect(files.map { String($0.path.dropFirst(directory.path.count + 1)) } == ["m.asl.json"], "\(policy)")
        }
    }

    /// `sub/loop -> ..` beside one definition reported it dozens of times.
    @Test func aLoopBackToTheParentReportsTheMachineOnce() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("m.asl.json", machine)
        try directory.write("sub/n.asl.json", machine)
        try link(directory, "sub/loop", to: "..")
        for policy in [LoadPolicy(), follow] {
            #expect(names(Loader.load(paths: [directory.path], policy: policy), under: directory) == ["m.asl.json", "sub/n.asl.json"])
        }
    }

    /// Followed links inside the root are walked, each target once (the first path the walk
    /// meets wins: a folder's files come before its subfolders); links out of the root, to
    /// folders or files, are not.
    @Test func followedLinksStayInsideTheRoot() throws {
        let outside = try TemporaryDirectory()
        defer { outside.remove() }
        try outside.write("secret.asl.json", machine)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("shared/m.asl.json", machine)
        try link(directory, "alias", to: "shared")
        try link(directory, "copy.asl.json", to: "shared/m.asl.json")
        try link(directory, "out", to: outside.path)
        try link(directory, "out.asl.json", to: outside.path + "/secret.asl.json")
        #expect(names(Loader.load(paths: [directory.path]), under: directory) == ["shared/m.asl.json"])
        #expect(names(Loader.load(paths: [directory.path], policy: follow), under: directory) == ["copy.asl.json"])
        try FileManager.default.removeItem(atPath: directory.path + "/copy.asl.json")
        #expect(names(Loader.load(paths: [directory.path], policy: follow), under: directory) == ["alias/m.asl.json"])
    }

    /// The README says hidden files and folders are skipped by the walk; a hidden file named on
    /// the command line is still read. Pipes are never opened (reading one would hang).
    @Test func hiddenEntriesAndPipesAreSkipped() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("m.asl.json", machine)
        let hidden = try directory.write(".hidden.asl.json", machine)
        try directory.write(".config/m.asl.json", machine)
        try directory.write("visible/.m.asl.json", machine)
        #expect(mkfifo(directory.path + "/pipe.asl.json", 0o600) == 0)
        #expect(names(Loader.load(paths: [directory.path]), under: directory) == ["m.asl.json"])
        #expect(Loader.load(paths: [hidden]).machines.count == 1)
    }
}
