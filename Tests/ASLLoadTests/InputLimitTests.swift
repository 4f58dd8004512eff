import ASLSource
import Foundation
import Testing

@testable import ASLLoad

/// The file size limit, refused non-regular files, and `Fn::Join` positions at scale.
@Suite struct InputLimitTests {
    @Test func fileOverTheLimitIsRefusedWithItsSize() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("big.asl.json", Array(repeating: UInt8(ascii: " "), count: 3 << 20))
        #expect(FileContents.read(path, limit: 2 << 20) == .failure(.tooLarge(bytes: 3 << 20, limit: 2 << 20)))
        let diagnostic = FileContents.Failure.tooLarge(bytes: 3 << 20, limit: 2 << 20).diagnostic(file: path)
        #expect(diagnostic.ruleID == "input-too-large")
        #expect(diagnostic.message == "the file is larger than aslkit reads (3 MB; the limit is 2 MB)")
        #expect(FileContents.maximumBytes == 64 << 20)
        // Sizes that are not whole megabytes keep a decimal (they once printed as "0.0 MB").
        #expect(
            FileContents.Failure.tooLarge(bytes: 82_320_065, limit: 64 << 20).description
                == "the file is larger than aslkit reads (78.5 MB; the limit is 64 MB)")
        #expect(try FileContents.read(path, limit: 3 << 20).get().count == 3 << 20)
    }

    @Test func fifoAndDevicesAreNotRead() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fifo = directory.path + "/pipe.asl.json"
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = Loader.load(paths: [fifo, "/dev/zero"])
        #expect(result.diagnostics.map(\.ruleID) == ["input-unreadable", "input-unreadable"])
        #expect(result.diagnostics.map(\.message) == Array(repeating: "cannot read the file: it is not a regular file", count: 2))
        #expect(FileContents.read(directory.path) == .failure(.unreadable(reason: "it is a directory")))
    }

    /// Every piece of a 20,000-piece join keeps its exact column (binary search over segments).
    @Test func largeJoinMapsEveryPieceExactly() throws {
        let head = #""{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Result\":[""#
        let tail = #""1],\"End\":true}}}""#
        let pieces = [head] + Array(repeating: #""1,""#, count: 20_000) + [tail]
        let template = #"{"Resources": {"M": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {"DefinitionString": {"Fn::Join": ["", ["#
            + pieces.joined(separator: ", ") + "]]}}}}}"
        let result = Loader.load(bytes: Array(template.utf8), path: "t.json")
        let machine = try #require(result.machines.first, "\(result.diagnostics)")
        let items = try #require(machine.definition["States"]?["A"]?["Result"]?.arrayValue)
        #expect(items.count == 20_001)
        // Each `"1,"` piece and its `, ` separator take 6 columns: every number sits just
        // inside its own piece's quote, the first right after the head piece.
        // The last number is in the tail piece, which has escapes: it falls back to the join.
        let columns = items.dropLast().map(\.position.column)
        let first = try #require(template.range(of: #", "1,""#)).lowerBound.utf16Offset(in: template) + 4
        #expect(columns.first == first)
        #expect(zip(columns, columns.dropFirst()).allSatisfy { $1 - $0 == 6 })
        #expect(items.allSatisfy { $0.position.line == 1 })
        #expect(columns.count == 20_000)
    }
}
