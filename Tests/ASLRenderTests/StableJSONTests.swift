import Foundation
import Testing

@testable import ASLRender

/// `StableJSON.write` splices separately encoded batches into a skeleton; its bytes must be
/// those of encoding the whole value at once.
@Suite struct StableJSONTests {
    struct Entry: Encodable {
        var id: Int
        var text: String
        var tags: [String]
        var nested: [String: [Int]]
    }

    struct Report: Encodable {
        var version = 1
        var entries: [Entry]
        var summary: [String: Int]
        var empty: [Int] = []
    }

    static func whole(_ report: Report) throws -> String {
        String(decoding: try StableJSON.encoder().encode(report), as: UTF8.self) + "\n"
    }

    static func spliced(_ report: Report) -> String {
        var skeleton = report
        skeleton.entries = []
        var text = ""
        StableJSON.write(skeleton, splicing: report.entries, at: "entries", into: &text)
        return text
    }

    /// 0, 1, a full batch, a batch and one more, several batches; hostile strings in between.
    @Test(arguments: [0, 1, 256, 257, 700])
    func splicingGivesTheBytesOfTheWholeEncoding(count: Int) throws {
        let texts = ["plain", "quote \" backslash \\ slash /", "new\nline\ttab\u{1}", "é 日本 😀", "\u{2028}\u{7F}", ""]
        let entries = (0..<count).map { i in
            Entry(id: i, text: texts[i % texts.count], tags: i % 3 == 0 ? [] : ["a", "b"], nested: i % 2 == 0 ? [:] : ["k": [i]])
        }
        let report = Report(entries: entries, summary: ["errors": count, "warnings": 0])
        #expect(Self.spliced(report) == (try Self.whole(report)))
    }
}
