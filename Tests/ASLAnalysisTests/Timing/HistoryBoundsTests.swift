import ASLAnalysis
import ASLLoad
import ASLModel
import Foundation
import TestSupport
import Testing

/// Soundness against real AWS executions (`shared/histories`, recorded by LocalStack's test
/// suite): no execution may make more attempts of a state, or more state transitions, than the
/// static worst case allows, given the Map item counts the execution saw. Timestamps in these
/// histories are normalised away, so durations cannot be checked here.
@Suite struct HistoryBoundsTests {
    struct Truth {
        var status: String
        /// Σ states entered + Σ retries: what AWS bills as transitions.
        var transitions: Int
        var caught: Bool
        /// (scope pointer, state) → most retries in one entry.
        var retries: [String: Int]
        /// Map state → iterations started in all (an upper bound of items per entry).
        var mapItems: [String: Int]
        var singleEntryMaps: Bool
    }

    static func truth(_ url: URL) throws -> Truth {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let entered = (json["states_entered"] as? [[String: Any]] ?? []).reduce(0) { $0 + ($1["count"] as? Int ?? 0) }
        var retries: [String: Int] = [:]
        var retryTotal = 0
        for r in json["retries"] as? [[String: Any]] ?? [] {
            retryTotal += r["retries"] as? Int ?? 0
            retries["\(r["scope"] as? String ?? "")#\(r["state"] as? String ?? "")"] = r["max_retries_in_one_entry"] as? Int ?? 0
        }
        var maps: [String: Int] = [:]
        var single = true
        for m in json["maps"] as? [[String: Any]] ?? [] {
            let started = (m["iterations"] as? [String: Any])?["started"] as? Int ?? 0
            maps[m["state"] as? String ?? "", default: 0] = max(maps[m["state"] as? String ?? ""] ?? 0, started)
            if (m["entries"] as? Int ?? 1) != 1 || (m["iterations_in_history"] as? Bool) == false { single = false }
        }
        let caught = (json["transitions"] as? [[String: Any]] ?? []).contains { $0["via"] as? String == "catch" }
        let status = (json["execution"] as? [String: Any])?["status"] as? String ?? ""
        return Truth(
            status: status, transitions: entered + retryTotal, caught: caught, retries: retries, mapItems: maps,
            singleEntryMaps: single)
    }

    @Test(.enabled(if: SharedData.isPresent("histories"), "needs ../shared/histories"))
    func realExecutionsStayWithinTheStaticBounds() throws {
        let directory = try SharedData.require("histories")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".truth.json") }.sorted()
        var checked = 0
        var transitionChecks = 0
        for file in files {
            let name = String(file.dropLast(".truth.json".count))
            let definition = directory.appendingPathComponent(name + ".asl.json")
            guard let text = try? String(contentsOf: definition, encoding: .utf8),
                let root = JSONReader.parse(text, file: name).root
            else { continue }
            let truth = try Self.truth(directory.appendingPathComponent(file))
            let report = TimingAnalyzer.analyze(StateMachineBuilder.build(root), assumptions: Assumptions(mapItems: truth.mapItems))
            checked += 1
            for (key, observed) in truth.retries {
                let row = report.states.first { "\($0.scopePointer)#\($0.state)" == key }
                #expect(row != nil, "\(name): no row for \(key)")
                if let row { #expect(observed + 1 <= row.maxAttempts, "\(name): \(key) made \(observed + 1) attempts") }
            }
            if let max = report.maxTransitions {
                transitionChecks += 1
                #expect(truth.transitions <= max, "\(name): \(truth.transitions) transitions > bound \(max)")
                if truth.status == "SUCCEEDED", !truth.caught, truth.singleEntryMaps, let min = report.minTransitions {
                    #expect(min <= truth.transitions, "\(name): \(truth.transitions) transitions < minimum \(min)")
                }
            }
        }
        #expect(checked >= 100)
        #expect(transitionChecks >= 80)
    }
}
