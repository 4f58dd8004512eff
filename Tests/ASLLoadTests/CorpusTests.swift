import ASLLoad
import ASLSource
import Foundation
import Testing
import TestSupport

/// The shared corpus (`../shared/corpus`, see its MANIFEST.tsv): real templates, valid and
/// invalid machines collected from other tools' test suites. Skipped when absent.
@Suite struct CorpusTests {
    /// Templates in the corpus that legitimately hold no state machine the loader can read.
    static let templatesWithoutMachines: [String: String] = [
        "serverless-patterns/lambda-sfn-sls-serverless.yml":
            "definition is `${file(./statemachine/stateMachine.asl.yml)}`, a file the corpus does not include",
    ]

    private func files(under name: String) throws -> [String] {
        let directory = try SharedData.require("corpus").appendingPathComponent(name).path
        let enumerator = try #require(FileManager.default.enumerator(atPath: directory))
        let relative = enumerator.compactMap { $0 as? String }.filter {
            $0.hasSuffix(".json") || $0.hasSuffix(".yaml") || $0.hasSuffix(".yml")
        }
        return relative.sorted().map { directory + "/" + $0 }
    }

    @Test(.enabled(if: SharedData.isPresent("corpus"), "needs ../shared/corpus"))
    func everyTemplateYieldsMachines() throws {
        let templates = try files(under: "templates")
        var machineCount = 0
        var exactlyMapped = 0
        var kinds: [String: Int] = [:]
        var empty: [String] = []
        for path in templates {
            let result = Loader.load(paths: [path])
            machineCount += result.machines.count
            for machine in result.machines {
                kinds[machine.origin.kind.rawValue, default: 0] += 1
                // Collapsed positions (Fn::Join, escaped JSON) put StartAt on the definition itself.
                if machine.definition["StartAt"]?.position != machine.definition.position { exactlyMapped += 1 }
            }
            let name = String(path.split(separator: "/").suffix(2).joined(separator: "/"))
            if result.machines.isEmpty {
                empty.append(name)
                if Self.templatesWithoutMachines[name] == nil {
                    Issue.record("\(name) yields no machine: \(result.diagnostics.map { "\($0.ruleID) \($0.position.map(\.description) ?? "") \($0.message)" })")
                }
            }
            let errors = result.diagnostics.filter { $0.severity == .error }
            if !errors.isEmpty && Self.templatesWithoutMachines[name] == nil { Issue.record("template \(name): \(errors.map { "\($0.ruleID) \($0.position.map(\.description) ?? "-") \($0.message)" })") }
        }
        print("corpus templates: \(templates.count) files, \(machineCount) machines \(kinds.sorted { $0.key < $1.key }), \(exactlyMapped) with exact positions, \(empty.count) without machines \(empty)")
    }

    @Test(.enabled(if: SharedData.isPresent("corpus"), "needs ../shared/corpus"))
    func everyValidFileYieldsAMachineWithoutErrors() throws {
        let valid = try files(under: "valid")
        var machineCount = 0
        for path in valid {
            let result = Loader.load(paths: [path])
            machineCount += result.machines.count
            #expect(result.machines.count >= 1, "\(path) yields no machine")
            let errors = result.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(path): \(errors.map(\.message))")
        }
        print("corpus valid: \(valid.count) files, \(machineCount) machines")
    }

    @Test(.enabled(if: SharedData.isPresent("corpus"), "needs ../shared/corpus"))
    func invalidFilesNeverCrash() throws {
        let invalid = try files(under: "invalid")
        var machineCount = 0
        var diagnosticsByRule: [String: Int] = [:]
        for path in invalid {
            let result = Loader.load(paths: [path])
            machineCount += result.machines.count
            for diagnostic in result.diagnostics { diagnosticsByRule[diagnostic.ruleID, default: 0] += 1 }
        }
        print("corpus invalid: \(invalid.count) files, \(machineCount) machines, loader diagnostics \(diagnosticsByRule.sorted { $0.key < $1.key })")
    }
}
