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

    /// A chain of 40 Tasks that each catch errors: 40 test paths (the first ends in Failed after all 40 Tasks). Listed
    /// three at a time, long sequences cut in the middle and plain runs folded.
    @Test func longPathsAreCutAndFolded() throws {
        let states = (0..<40).map { i in
            let next = i + 1 < 40 ? #""Next": "Step \#(i + 1)""# : #""End": true"#
            return #""Step \#(i)": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}], \#(next)}"#
        }
        let text = #"{"StartAt": "Step 0", "States": {"# + (states + [#""Failed": {"Type": "Fail"}"#]).joined(separator: ", ") + "}}"
        let root = try #require(JSONReader.parse(text, file: "chain.asl.json").root)
        let report = PathAnalysis.analyze(StateMachineBuilder.build(root), options: PathOptions(testPathLimit: 3))
        #expect(report.scopes[0].testPathCount == 40)
        Self.check(PathsReportFormatter.text(report), "paths-long.txt")
        Self.check(PathsReportFormatter.markdown(report), "paths-long.md")
    }

    /// Streamed a scope at a time as each is analysed: the same bytes as the whole report, and
    /// for no scope at all what the whole-report formats gave.
    @Test func streamedScopeByScopeGivesTheSameText() throws {
        let machine = try Self.sample()
        let report = PathAnalysis.analyze(machine)
        var text = "", json = ""
        PathsReportFormatter.writeText(options: report.options, into: &text) { PathAnalysis.forEachScope(of: machine, $0) }
        PathsReportFormatter.writeJSON(options: report.options, into: &json) { PathAnalysis.forEachScope(of: machine, $0) }
        #expect(text == PathsReportFormatter.text(report))
        #expect(json == PathsReportFormatter.json(report))
        var none = "", noneJSON = ""
        PathsReportFormatter.writeText(options: PathOptions(), into: &none) { _ in }
        PathsReportFormatter.writeJSON(options: PathOptions(), into: &noneJSON) { _ in }
        #expect(none == "\n")
        #expect(noneJSON == "{\n  \"loopUnroll\": 1,\n  \"scopes\": []\n}\n")
    }

    @Test func coverageInEveryFormat() throws {
        let history = try ExecutionHistory.load(paths: [SharedData.projectFile("Samples/coverage/order-coverage.history.json").path])
        let report = CoverageAnalysis.measure(try Self.sample(), histories: history)
        let text = CoverageReportFormatter.text(report).replacingOccurrences(of: SharedData.packageRoot.path + "/", with: "")
        Self.check(text, "coverage.txt")
        Self.check(CoverageReportFormatter.markdown(report).replacingOccurrences(of: SharedData.packageRoot.path + "/", with: ""), "coverage.md")
    }
}
