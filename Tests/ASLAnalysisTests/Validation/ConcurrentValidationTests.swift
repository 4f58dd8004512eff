@testable import ASLAnalysis
import ASLLoad
import ASLModel
import ASLSource
import Foundation
import Testing
import TestSupport

/// Files and machines are validated on several threads (each machine's checks on one); what
/// comes out must not depend on the thread or on the order threads finish in.
@Suite struct ConcurrentValidationTests {
    /// 600 states, each kind of flaw repeated: unknown fields, bad ranges, dangling `Next`,
    /// a Choice with no `Default`, bad JSONPath, unreachable states, tasks without timeouts.
    static func flawedMachine(blocks: Int) -> String {
        var states: [String] = []
        for b in 0..<blocks {
            let next = b + 1 < blocks ? "Work \(b + 1)" : "Done"
            states.append(#""Work \#(b)": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Colour": "red", "Retry": [{"ErrorEquals": ["States.ALL"], "BackoffRate": 0.5}], "Next": "Route \#(b)"}"#)
            states.append(#""Route \#(b)": {"Type": "Choice", "Choices": [{"Variable": "$..bad[", "StringEquals": "x", "Next": "\#(next)"}, {"Variable": "$.n", "NumericEquals": 1, "Next": "Nowhere \#(b)"}]}"#)
            states.append(#""Orphan \#(b)": {"Type": "Wait", "Seconds": -1, "Next": "\#(next)"}"#)
        }
        states.append(#""Done": {"Type": "Succeed"}"#)
        return "{\"StartAt\": \"Work 0\", \"States\": {\n" + states.joined(separator: ",\n") + "\n}}"
    }

    func model(_ text: String) throws -> StateMachine {
        let read = JSONReader.parse(text, file: "flawed.asl.json")
        return StateMachineBuilder.build(try #require(read.root))
    }

    @Test func findingsOnWorkerThreadsEqualThoseOnTheCallingThread() throws {
        let machine = try model(Self.flawedMachine(blocks: 200))
        #expect(machine.allStates.count == 601)
        let sequential = Validator.validate(machine, file: "flawed.asl.json")
        let concurrent = [machine, machine, machine].concurrentMap { Validator.validate($0, file: "flawed.asl.json") }
        #expect(concurrent == [sequential, sequential, sequential])
        // Every block reports the same findings, so each rule fires a multiple of 200 times.
        let byRule = Dictionary(grouping: sequential, by: \.ruleID).mapValues(\.count)
        #expect(byRule.count >= 6, "\(byRule)")
        for (rule, count) in byRule where rule != "state-unreachable" {
            #expect(count % 200 == 0, "\(rule): \(count)")
        }
    }

    /// The runner frees documents in the background; what it returns must not depend on it.
    @Test func runnerOnTextMatchesRunnerOnFile() throws {
        let text = Self.flawedMachine(blocks: 100)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-runner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("flawed.asl.json").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let fromFile = ValidationRunner.run(paths: [file])
        let fromText = ValidationRunner.run(SourceText(path: file, text: text))
        #expect(fromText.diagnostics == fromFile.diagnostics)
        #expect(fromText.machines.map(\.states) == [301])
        #expect(fromText.diagnostics.count > 300)
    }

    /// Checks on other threads (with smaller stacks than the main one) still cope with a
    /// condition nested as deep as the reader allows.
    @Test func deepConditionOnALargeMachine() throws {
        var condition = #"{"Variable": "$.x", "StringEquals": "a"}"#
        for _ in 0..<(JSONReader.maximumDepth - 7) { condition = #"{"Not": "# + condition + "}" }
        var states = (0..<260).map { #""S\#($0)": {"Type": "Pass", "Next": "\#($0 + 1 < 260 ? "S\($0 + 1)" : "Route")"}"# }
        states.append(#""Route": {"Type": "Choice", "Choices": [{"And": ["# + condition + #"], "Next": "Done"}], "Default": "Done"}"#)
        states.append(#""Done": {"Type": "Succeed"}"#)
        let machine = try model(#"{"StartAt": "S0", "States": {"# + states.joined(separator: ",") + "}}")
        #expect(machine.allStates.count == 262)
        let onWorkers = [machine, machine].concurrentMap { Validator.validate($0, file: "deep.asl.json") }
        #expect(onWorkers == [[], []])
    }

    @Test func repeatedConcurrentRunsGiveTheSameBytes() throws {
        let machine = try model(Self.flawedMachine(blocks: 100))
        let first = Validator.validate(machine, file: "flawed.asl.json")
        let runs = Array(repeating: machine, count: 6).concurrentMap { Validator.validate($0, file: "flawed.asl.json") }
        #expect(runs == Array(repeating: first, count: 6))
    }

    @Test func concurrentMapKeepsOrderAcrossChunks() {
        for count in [0, 1, 2, 63, 64, 65, 1_000] {
            let input = Array(0..<count)
            #expect(input.concurrentMap { $0 * 3 } == input.map { $0 * 3 }, "\(count) elements")
        }
    }

    /// `run(paths:)` checks file by file and frees as it goes; it must find what checking all
    /// the loaded files at once finds.
    @Test(.enabled(if: SharedData.isPresent("corpus"), "needs ../shared/corpus"))
    func fileByFileRunMatchesLoadingEverythingFirst() throws {
        let corpus = try SharedData.require("corpus")
        let streamed = ValidationRunner.run(paths: [corpus.path])
        let whole = ValidationRunner.run(Loader.load(paths: [corpus.path]))
        #expect(streamed.filesScanned == whole.filesScanned)
        #expect(streamed.machines == whole.machines)
        #expect(streamed.diagnostics == whole.diagnostics)
        #expect(streamed.machines.count > 700)
    }

    /// Loading reads files on several cores; the result must be what loading them one by one,
    /// in the order the directory walk finds them, gives.
    @Test(.enabled(if: SharedData.isPresent("corpus/invalid"), "needs ../shared/corpus/invalid"))
    func loadingADirectoryConcurrentlyKeepsFileOrder() throws {
        let invalid = try SharedData.require("corpus/invalid")
        let together = Loader.load(paths: [invalid.path])
        let subdirectories = try FileManager.default.contentsOfDirectory(atPath: invalid.path).sorted()
        var oneByOne = LoadResult()
        for subdirectory in subdirectories {
            let folder = invalid.appendingPathComponent(subdirectory).path
            for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where name.hasSuffix(".json") || name.hasSuffix(".yaml") {
                let single = Loader.load(paths: [folder + "/" + name])
                oneByOne.machines += single.machines
                oneByOne.diagnostics += single.diagnostics
            }
        }
        #expect(together.machines.count >= 100)
        #expect(together.machines.map(\.origin.file) == oneByOne.machines.map(\.origin.file))
        #expect(together.diagnostics == oneByOne.diagnostics)
    }
}
