import ASLLoad
import Foundation
import Testing
import TestSupport

/// nst/JSONTestSuite: every `y_` case read (the two with duplicate keys also get the
/// `json-duplicate-key` error AWS would give), every `n_` case rejected, no `i_` case crashes,
/// and the UTF-16 `i_` cases are named as UTF-16.
@Suite struct JSONConformanceTests {
    @Test(.enabled(if: SharedData.isPresent("json-test-suite"), "needs ../shared/json-test-suite"))
    func conformanceSuite() throws {
        let suite = try SharedData.require("json-test-suite")
        let directory = suite.appendingPathComponent("test_parsing")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        var accepted = 0, rejected = 0, implementationDefined = 0
        for name in names where name.hasSuffix(".json") {
            let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(name)))
            let result = JSONReader.parse(bytes, file: name)
            // Duplicate keys are valid JSON syntax (y_object_duplicated_key): reported, yet read.
            let ok = result.root != nil && result.diagnostics.allSatisfy { $0.ruleID == "json-duplicate-key" }
            if name.hasPrefix("y_") {
                #expect(ok, "\(name) should be accepted: \(result.diagnostics.map(\.message))")
                accepted += 1
            } else if name.hasPrefix("n_") {
                #expect(!ok, "\(name) should be rejected")
                rejected += 1
            } else {
                if name.lowercased().contains("utf16") || name.contains("UTF-16") {
                    #expect(result.diagnostics.map(\.message).contains { $0.contains("UTF-16") }, "\(name): \(result.diagnostics.map(\.message))")
                }
                implementationDefined += 1
            }
        }
        print("JSON conformance: \(accepted) y_ accepted, \(rejected) n_ rejected, \(implementationDefined) i_ survived")
        #expect(accepted > 90 && rejected > 180)
    }
}
