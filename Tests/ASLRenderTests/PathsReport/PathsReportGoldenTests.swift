import ASLAnalysis
import ASLLoad
import ASLModel
import ASLRender
import Foundation
import TestSupport
import Testing

/// Golden output of `aslkit paths` and `aslkit coverage` on the coverage sample.
@Suite struct PathsReportGoldenTests {
    static func sample() throws -> StateMachine {
        let loaded = Loader.load(paths: [SharedData.projectFile("Samples/coverage/order-coverage.asl.json").path])
        let machine = try #require(loaded.machines.first)
        return StateMachineBuilder.build(machine.definition)
    }

    static func check(_ actual: String, _ golden: String) {
        let mismatch = Golden.mismatch(actual, golden: golden)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func pathsInEveryFormat() throws {
        let report = PathAnalysis.analyze(try Self.sample())
        Self.check(PathsReportFormatter.text(report), "paths.txt")
        Self.check(PathsReportFormatter.markdown(report), "paths.md")
        Self.check(PathsReportFormatter.json(report), "paths.json")
    }

    @Test func coverageInEveryFormat() throws {
        let history = try ExecutionHistory.load(paths: [SharedData.projectFile("Samples/coverage/order-coverage.history.json").path])
        let report = CoverageAnalysis.measure(try Self.sample(), histories: history)
        let text = CoverageReportFormatter.text(report).replacingOccurrences(of: SharedData.packageRoot.path + "/", with: "")
        Self.check(text, "coverage.txt")
        Self.check(CoverageReportFormatter.markdown(report).replacingOccurrences(of: SharedData.packageRoot.path + "/", with: ""), "coverage.md")
    }
}
