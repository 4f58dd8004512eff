@testable import ASLAnalysis
import Foundation
import TestSupport
import Testing

/// The test paths of the README sample with what each step needs, as a reviewed golden file:
/// a change to the cover or to the requirement wording shows up as a diff.
@Suite struct PathGoldenTests {
    @Test func sampleTestPaths() throws {
        let definition = try String(contentsOf: SharedData.projectFile("Samples/coverage/order-coverage.asl.json"), encoding: .utf8)
        let report = PathAnalysis.analyze(PathFixtures.machine(definition), options: PathOptions(includePrimePaths: true))
        var lines: [String] = []
        for scope in report.scopes {
            lines.append("\(scope.name) [\(scope.pointer)] paths=\(scope.pathCountText) loops=\(scope.loops.count)")
            for (i, path) in scope.testPaths.enumerated() {
                lines.append("  \(i + 1). " + path.states.joined(separator: " → ") + " (\(path.ending))")
                lines += path.steps.map { "     \($0.from) [\(EdgeText.label($0.kind))]: \($0.requirement)" }
            }
            lines += (scope.primePaths?.paths ?? []).map { "  prime: " + $0.joined(separator: " → ") }
        }
        let mismatch = Golden.mismatch(lines.joined(separator: "\n") + "\n", golden: "paths/order-coverage.testpaths.txt")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}
