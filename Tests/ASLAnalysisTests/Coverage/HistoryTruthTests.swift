import ASLAnalysis
import ASLLoad
import ASLModel
import Foundation
import TestSupport
import Testing

/// Replays every real AWS history of `shared/histories` on its definition and compares what the
/// coverage analysis saw (states entered per scope, transitions with their kind and caught
/// error, retries per state) with the pair's `truth.json`. Skips when the folder is absent.
///
/// The coverage report's state totals and taken edges (merged per state pair, as the truth does)
/// are compared too. All 125 pairs agree. The one difference found on the way was fixed: a
/// Map's or Parallel's failure event carries no error name, but when it is caught with the
/// default `ResultPath` the `*StateExited` output is the error object, so the caught error is
/// read from there (`base-scenarios-map-state-catch`, `base-scenarios-parallel-state-catch`).
@Suite struct HistoryTruthTests {
    @Test(.enabled(if: SharedData.isPresent("histories"), "needs ../shared/histories"))
    func everyPairAgreesWithItsTruth() throws {
        let directory = try SharedData.require("histories")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".truth.json") }.map { String($0.dropLast(".truth.json".count)) }.sorted()
        var agreeing = 0
        var differences: [String] = []
        for name in names {
            let difference = try compare(name, in: directory)
            if difference.isEmpty { agreeing += 1 } else { differences.append("\(name):\n  " + difference.joined(separator: "\n  ")) }
        }
        print("history truth: \(agreeing)/\(names.count) pairs agree")
        #expect(names.count > 0)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    private func compare(_ name: String, in directory: URL) throws -> [String] {
        let definition = try String(contentsOf: directory.appendingPathComponent("\(name).asl.json"), encoding: .utf8)
        guard let root = JSONReader.parse(definition, file: name).root else { return ["definition does not parse"] }
        let graph = MachineGraph(machine: StateMachineBuilder.build(root))
        let historyURL = directory.appendingPathComponent("\(name).history.json")
        let history = ExecutionHistory(
            source: name, events: try ExecutionHistory.decodeEvents(Data(contentsOf: historyURL), source: name))
        let observed = HistoryReplay.replay(history, on: graph)
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("\(name).truth.json"))) as! [String: Any]
        func pointer(_ scope: Int) -> String { graph.scopes[scope].scope.pointer }

        var out: [String] = observed.mismatches.map { "mismatch: \($0)" }
        let entered = Set(observed.stateEntries().map { "\(pointer($0.key.scope))|\($0.key.state)|\($0.value)" })
        let truthEntered = Set((truth["states_entered"] as! [[String: Any]]).map { "\($0["scope"]!)|\($0["state"]!)|\($0["count"]!)" })
        out += diff("states", entered, truthEntered)
        let transitions = Set(observed.transitions().map { t, count in
            "\(pointer(t.scope))|\(t.from)|\(t.to)|\(t.isCatch ? "catch" : "next")|\(t.error ?? "null")|\(count)"
        })
        let truthTransitions = Set((truth["transitions"] as! [[String: Any]]).map {
            "\($0["scope"]!)|\($0["from"]!)|\($0["to"]!)|\($0["via"]!)|\(($0["error"] as? String) ?? "null")|\($0["count"]!)"
        })
        out += diff("transitions", transitions, truthTransitions)
        let retries = Set(observed.retries().map { "\(pointer($0.key.scope))|\($0.key.state)|\($0.value)" })
        let truthRetries = Set((truth["retries"] as! [[String: Any]]).map { "\($0["scope"]!)|\($0["state"]!)|\($0["retries"]!)" })
        out += diff("retries", retries, truthRetries)
        out += coverageDifferences(CoverageAnalysis.measure(graph, histories: [history]), truth["coverage"] as! [String: Any])
        let status = (truth["execution"] as! [String: Any])["status"] as! String
        if status != history.status { out.append("status \(history.status), truth \(status)") }
        return out
    }

    /// Truth edges merge the kinds between two states; one is taken when any of ours is, surely
    /// or ambiguously. Unobservable scopes (Distributed Map processors) are left out of totals.
    private func coverageDifferences(_ report: CoverageReport, _ truth: [String: Any]) -> [String] {
        var out: [String] = []
        let observable = report.scopes.filter(\.observable)
        let entered = observable.map(\.figures.states.covered).reduce(0, +)
        let truthScopes = (truth["scopes"] as! [[String: Any]]).filter { $0["observable"] as! Bool }
        let truthEntered = truthScopes.map { ($0["entered"] as! [String]).count }.reduce(0, +)
        if entered != truthEntered { out.append("coverage: \(entered) states entered, truth \(truthEntered)") }
        var taken = Set<String>()
        for scope in report.scopes {
            taken.formUnion(scope.edges.filter { $0.status != .notTaken }.map { "\(scope.pointer)|\($0.from)|\($0.to)" })
        }
        let truthTaken = Set((truth["edges"] as! [[String: Any]]).filter { $0["taken"] as! Bool }.map { "\($0["scope"]!)|\($0["from"]!)|\($0["to"]!)" })
        out += diff("taken edges", taken, truthTaken)
        return out
    }

    private func diff(_ what: String, _ mine: Set<String>, _ truth: Set<String>) -> [String] {
        mine.subtracting(truth).sorted().map { "\(what) extra: \($0)" } + truth.subtracting(mine).sorted().map { "\(what) missing: \($0)" }
    }
}
