import ASLAnalysis
import ASLLoad
import Foundation
import TestSupport
import Testing

/// The shared corpus is the yardstick: every `valid/` file gives no error, every `invalid/`
/// file at least one. Each disagreement must be listed in `KnownDisagreements` with the
/// reason aslkit is right (and the README repeats the list); any other one fails.
@Suite struct CorpusTests {
    struct Outcome {
        var checked = 0
        var agreed = 0
        var unexpected: [String] = []
        var explained: Set<String> = []
    }

    static func hasError(_ url: URL) -> (Bool, [String]) {
        let run = ValidationRunner.run(paths: [url.path])
        let errors = run.diagnostics.filter { $0.severity == .error }
        return (!errors.isEmpty, errors.prefix(3).map { "\($0.ruleID): \($0.message)" })
    }

    func evaluate(_ label: String, corpus: URL) -> Outcome {
        var outcome = Outcome()
        let folder = corpus.appendingPathComponent(label)
        let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        for file in files {
            let relative = "\(label)/\(file)"
            let (failed, errors) = Self.hasError(folder.appendingPathComponent(file))
            outcome.checked += 1
            let agrees = label == "valid" ? !failed : failed
            if agrees {
                outcome.agreed += 1
                #expect(KnownDisagreements.reasons[relative] == nil, "\(relative) now agrees with its label; remove it from KnownDisagreements and the README")
            } else if KnownDisagreements.reasons[relative] != nil {
                outcome.explained.insert(relative)
            } else {
                outcome.unexpected.append("\(relative): \(errors.joined(separator: "; "))")
            }
        }
        return outcome
    }

    @Test(.enabled(if: SharedData.isPresent("corpus"), "needs ../shared/corpus"))
    func validAndInvalidDefinitionsGetTheirLabel() throws {
        let corpus = try SharedData.require("corpus")
        for label in ["valid", "invalid"] {
            let outcome = evaluate(label, corpus: corpus)
            print("corpus \(label): \(outcome.agreed) of \(outcome.checked) agree with their label; \(outcome.explained.count) explained disagreements")
            #expect(outcome.checked > 0)
            #expect(outcome.unexpected.isEmpty, "unexplained disagreements:\n\(outcome.unexpected.joined(separator: "\n"))")
        }
    }

    /// Templates whose definition lives in a file the corpus does not include.
    static let templatesWithoutLoadableMachine: [String: String] = [
        "serverless-patterns/lambda-sfn-sls-serverless.yml": "definition is ${file(statemachine/stateMachine.asl.yml)}, a file the corpus does not hold; reported as template-definition-uri-missing",
    ]

    @Test(.enabled(if: SharedData.isPresent("corpus"), "needs ../shared/corpus"))
    func everyTemplateYieldsItsMachines() throws {
        let corpus = try SharedData.require("corpus")
        let folder = corpus.appendingPathComponent("templates")
        let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".json") || $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var machines = 0
        for file in files {
            let loaded = Loader.load(paths: [folder.appendingPathComponent(file).path])
            machines += loaded.machines.count
            if let reason = Self.templatesWithoutLoadableMachine[file] {
                #expect(loaded.machines.isEmpty, "\(file) now loads; remove it from the exceptions")
                #expect(loaded.diagnostics.contains { $0.ruleID.hasPrefix("template-") }, "\(file): \(reason)")
            } else {
                #expect(!loaded.machines.isEmpty, "\(file) yields no state machine: \(loaded.diagnostics.map(\.message))")
            }
        }
        print("corpus templates: \(files.count) files, \(machines) state machines loaded")
        #expect(files.count > 0)
    }

    @Test func readmeListsEveryKnownDisagreement() throws {
        let readme = try String(contentsOf: SharedData.projectFile("README.md"), encoding: .utf8)
        for file in KnownDisagreements.reasons.keys.sorted() {
            #expect(readme.contains(file), "README.md does not list \(file)")
        }
    }
}
