import ASLAnalysis
import ASLLoad
import ASLModel
import Foundation

/// The streaming history reader (`ExecutionHistory.decodeEvents`), then coverage replay of
/// what it read against sample machines (Choice, Retry/Catch, Parallel, Map, distributed Map).
enum HistoryTarget {
    static let target = FuzzTarget(name: "history", summary: "ExecutionHistory.decodeEvents + CoverageAnalysis (ASLAnalysis)") { bytes in
        let events: [HistoryEvent]
        do throws(HistoryError) {
            events = try ExecutionHistory.decodeEvents(bytes: bytes, source: "fuzz.json", limit: 100_000)
        } catch {
            FuzzFailure.require(error.description.hasPrefix("fuzz.json: "), "an error that does not name its file: \(error)")
            return "refused: " + error.description.dropFirst("fuzz.json: ".count)
        }
        let history = ExecutionHistory(source: "fuzz.json", events: events)
        FuzzFailure.require(zip(history.events, history.events.dropFirst()).allSatisfy { $0.id <= $1.id }, "events out of order")
        var mismatches = 0
        for machine in machines {
            let report = CoverageAnalysis.measure(machine, histories: [history])
            for ratio in report.scopes.flatMap({ ratios($0.figures) }) + ratios(report.total) {
                FuzzFailure.require(
                    ratio.covered >= 0 && ratio.ambiguous >= 0 && ratio.unknown >= 0 && ratio.covered + ratio.unknown <= ratio.total,
                    "impossible coverage \(ratio)")
            }
            mismatches += report.executions.reduce(0) { $0 + $1.mismatches.count }
        }
        return "\(events.count) events, \(history.status), \(mismatches) mismatches over \(machines.count) machines"
    }

    private static func ratios(_ figures: CoverageFigures) -> [CoverageRatio] {
        [figures.states, figures.edges, figures.choiceBranches, figures.catches, figures.retriers]
    }

    /// Samples of the repository, found from this source file's place in it.
    static let machines: [StateMachine] = {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Samples").standardized
        return ["coverage/order-coverage.asl.json", "distributed-map.asl.json", "meetup-agenda.asl.json"].map { name in
            let path = samples.appendingPathComponent(name).path
            guard let bytes = FileManager.default.contents(atPath: path), let root = JSONReader.parse([UInt8](bytes), file: path).root else {
                FuzzFailure.fail("cannot read the sample machine \(path)")
            }
            return StateMachineBuilder.build(root)
        }
    }()
}
