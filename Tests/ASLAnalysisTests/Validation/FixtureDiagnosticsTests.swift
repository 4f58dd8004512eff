import ASLAnalysis
import ASLLoad
import Foundation
import Testing

/// One fixture per case, named for what it shows; the `.expected` file beside it lists every
/// finding as `line:column rule-id`, so locations are asserted exactly.
@Suite struct FixtureDiagnosticsTests {
    static let directory = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static var fixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".asl.json") }.sorted()
    }

    @Test(arguments: fixtures)
    func findingsMatchExpectation(fixture: String) throws {
        let url = Self.directory.appendingPathComponent(fixture)
        let text = try String(contentsOf: url, encoding: .utf8)
        let expectedURL = url.deletingPathExtension().deletingPathExtension().appendingPathExtension("expected")
        let expected = try String(contentsOf: expectedURL, encoding: .utf8).split(separator: "\n").map(String.init)
        let read = JSONReader.parse(text, file: fixture)
        let root = try #require(read.root)
        let express = fixture.contains("express")
        let found = (read.diagnostics + Validator.validate(definition: root, file: fixture, isExpress: express))
            .filter { $0.severity == .error || fixture.hasPrefix("valid-") }
            .map { "\($0.position?.line ?? 0):\($0.position?.column ?? 0) \($0.ruleID)" }
        #expect(found == expected, "\(fixture): got\n\(found.joined(separator: "\n"))")
    }
}
