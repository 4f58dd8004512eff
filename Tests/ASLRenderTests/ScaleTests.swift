import ASLAnalysis
import ASLGraphviz
import ASLRender
import Foundation
import Testing

@Suite struct ScaleTests {
    @Test func syntheticMachineHasTheRequestedSizeAndIsValid() {
        for size in [4, 37, 100, 250] {
            let machine = SyntheticMachine.machine(stateCount: size)
            #expect(machine.allStates.count == size)
            let errors = Validator.validate(machine, file: "synthetic").filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(size): \(errors.map(\.message))")
        }
    }

    @Test func fastModeAboveTheThresholdCollapsesAndSaysSo() {
        var options = DiagramOptions()
        options.fastModeThreshold = 50
        let dot = SyntheticMachine.dot(stateCount: 60, options: options)
        #expect(dot.contains("// fast mode: 60 states > 50; Parallel and Map drawn collapsed, edge labels omitted\n"))
        #expect(!dot.contains("label=\"Default\""))
        #expect(!SyntheticMachine.dot(stateCount: 40, options: options).contains("fast mode"))
    }

    @Test func sharedHandlerBecomesBadgesInTunedModeOnly() {
        let tuned = SyntheticMachine.dot(stateCount: 30)
        let naive = SyntheticMachine.dot(stateCount: 30, tuning: .naive)
        #expect(!tuned.contains("-> \"state-handle-failure\""))
        #expect(tuned.contains("on States.ALL → Handle failure"))
        #expect(tuned.contains("handles errors of 25 states"))
        #expect(naive.contains("\"state-step-0\" -> \"state-handle-failure\""))
        #expect(!naive.contains("on States.ALL"))
    }

    /// Opt-in (ASLKIT_BENCH_DIR=dir): writes synthetic DOT files to time with the `dot` binary.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ASLKIT_BENCH_DIR"] != nil))
    func writeSyntheticDOT() throws {
        let directory = ProcessInfo.processInfo.environment["ASLKIT_BENCH_DIR"]!
        for size in [30, 100, 300, 1000, 3000] {
            for tuning in [LayoutTuning.tuned, .naive] {
                var options = DiagramOptions()
                options.fastModeThreshold = 100_000
                try SyntheticMachine.dot(stateCount: size, tuning: tuning, options: options)
                    .write(toFile: "\(directory)/syn-\(size)-\(tuning).dot", atomically: true, encoding: .utf8)
            }
            try SyntheticMachine.dot(stateCount: size).write(toFile: "\(directory)/syn-\(size)-default.dot", atomically: true, encoding: .utf8)
        }
    }

    /// Opt-in timing (ASLKIT_BENCH=1): prints in-process SVG times, asserts nothing about them.
    /// The naive form is left out: at 100 states it did not finish within 60 s in `dot`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ASLKIT_BENCH"] == "1"))
    func printLayoutTimes() throws {
        for (size, fastMode) in [(100, true), (1000, false), (1000, true), (3000, true)] {
            var options = DiagramOptions()
            if !fastMode { options.fastModeThreshold = 100_000 }
            let dot = SyntheticMachine.dot(stateCount: size, options: options)
            let start = Date()
            let svg = try GraphvizRenderer().render(dot: dot, format: .svg)
            let seconds = String(format: "%.2f", Date().timeIntervalSince(start))
            print("BENCH \(size) states, fast mode allowed \(fastMode): \(seconds) s, \(svg.bytes.count) bytes, fallback \(svg.usedFallback)")
        }
    }
}
