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

    struct Machine: Encodable {
        var name: String
        var added: [Entry]
        var fixed: [String]
        var changed: [Entry]
        var after: [String: Int]
    }

    struct Repository: Encodable {
        var label: String
        var machines: [Machine]
        var problems: [String]
    }

    /// Machines spliced into a repository, each with lists spliced into it (some empty), as
    /// `DiffJSONRenderer` writes a diff: the bytes of encoding the whole at once.
    @Test(arguments: [0, 1, 3])
    func nestedSplicingGivesTheBytesOfTheWholeEncoding(machineCount: Int) throws {
        let machines = (0..<machineCount).map { m in
            Machine(
                name: "m\(m) \"q\"", added: (0..<(m * 150)).map { Entry(id: $0, text: "a/\($0)", tags: [], nested: [:]) },
                fixed: m == 1 ? ["x"] : [], changed: (0..<(m == 2 ? 300 : 0)).map { Entry(id: $0, text: "é", tags: ["t"], nested: ["k": []]) },
                after: ["states": m])
        }
        let repository = Repository(label: "base → head", machines: machines, problems: ["p"])
        let whole = String(decoding: try StableJSON.encoder().encode(repository), as: UTF8.self) + "\n"
        var skeleton = repository
        skeleton.machines = []
        var text = ""
        StableJSON.write(skeleton, splicing: ["machines"], into: &text) { _, indent, stream in
            var first = true
            for machine in machines {
                StableJSON.beginElement(first: &first, indent: indent, into: &stream)
                var empty = machine
                (empty.added, empty.fixed, empty.changed) = ([], [], [])
                StableJSON.write(empty, indent: StableJSON.elementIndent(indent), splicing: ["changed", "added", "fixed"], into: &stream) { key, indent, stream in
                    switch key {
                    case 0: StableJSON.writeElements(machine.changed, indent: indent, into: &stream)
                    case 1: StableJSON.writeElements(machine.added, indent: indent, into: &stream)
                    default: StableJSON.writeElements(machine.fixed, indent: indent, into: &stream)
                    }
                }
            }
            return !first
        }
        text += "\n"
        #expect(text == whole)
    }

    /// A top-level array of skeletons with spliced lists (`analyze --format json` of several
    /// machines): the bytes of encoding the array at once, empty included.
    @Test(arguments: [0, 1, 3])
    func topLevelArraysGiveTheBytesOfTheWholeEncoding(count: Int) throws {
        let reports = (0..<count).map { i in
            Report(entries: (0..<(i * 200)).map { Entry(id: $0, text: "t\($0)", tags: [], nested: [:]) }, summary: ["n": i])
        }
        let whole = String(decoding: try StableJSON.encoder().encode(reports), as: UTF8.self) + "\n"
        var text = ""
        StableJSON.writeArray(count: reports.count, into: &text) { index, indent, stream in
            var skeleton = reports[index]
            skeleton.entries = []
            StableJSON.write(skeleton, indent: indent, splicing: ["entries"], into: &stream) { _, indent, stream in
                StableJSON.writeElements(reports[index].entries, indent: indent, into: &stream)
            }
        }
        #expect(text == whole)
    }
}
