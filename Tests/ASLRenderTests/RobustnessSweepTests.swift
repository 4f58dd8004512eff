import ASLAnalysis
import ASLLoad
import ASLModel
import ASLRender
import Foundation
import Testing
import TestSupport

/// Every analysis and renderer over inputs nobody designed: the whole corpus, and a sample
/// with each number replaced by the extremes invalid files hold. A crash here stops the test
/// run, which is the point; two such crashes (a negative `MaxAttempts`, a Map with `Int.max`
/// items) were found this way before these tests existed.
@Suite struct RobustnessSweepTests {
    /// The report pipeline (validation, timing, cost, path count, DOT, Mermaid, Markdown) and
    /// the path analysis with prime paths, on one loaded machine.
    static func exercise(_ machine: LoadedMachine) {
        let report = MachineReportBuilder.build(machine, options: MachineReportOptions(highlightWorstCase: true))
        #expect(!report.dot.isEmpty && !report.mermaid.isEmpty && !report.markdown.isEmpty)
        let model = StateMachineBuilder.build(machine.definition)
        let paths = PathAnalysis.analyze(model, options: PathOptions(includePrimePaths: true, primePathCap: 50, testPathLimit: 20))
        #expect(!PathsReportFormatter.text(paths).isEmpty)
    }

    @Test(.enabled(if: SharedData.isPresent("corpus"), "needs ../shared/corpus"))
    func everyCorpusMachineGoesThroughEveryAnalysis() throws {
        let corpus = try SharedData.require("corpus")
        let loaded = Loader.load(paths: [corpus.path])
        #expect(loaded.machines.count > 700)
        for machine in loaded.machines { Self.exercise(machine) }
    }

    @Test func everyNumberOfASampleAtTheExtremes() throws {
        let sample = SharedData.projectFile("Samples/distributed-map.asl.json").path
        let text = try String(contentsOfFile: sample, encoding: .utf8)
        let root = try #require(JSONReader.parse(text, file: sample).root)
        let extremes = ["-1", "0", "9223372036854775807", "-9223372036854775808", "1e30", "1e308", "-1e308", "0.5", "\"x\"", "null"]
        var cases = 0
        for number in Self.numbers(in: root) {
            for extreme in extremes {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                var line = lines[number.line - 1].unicodeScalars.map(Character.init)
                line.replaceSubrange(number.column - 1..<number.column - 1 + number.length, with: extreme)
                var mutated = lines
                mutated[number.line - 1] = String(line)
                let loadedMachines = Loader.load(SourceText(path: "mutated.asl.json", text: mutated.joined(separator: "\n"))).machines
                for machine in loadedMachines { Self.exercise(machine) }
                cases += 1
            }
        }
        #expect(cases >= 100)
    }

    /// Where each number of the document is written, and how many characters it takes.
    static func numbers(in node: LocatedNode) -> [(line: Int, column: Int, length: Int)] {
        switch node.value {
        case .number(let literal): [(node.position.line, node.position.column, literal.text.count)]
        case .array(let items): items.flatMap(numbers)
        case .object(let members): members.flatMap { numbers(in: $0.value) }
        default: []
        }
    }
}
