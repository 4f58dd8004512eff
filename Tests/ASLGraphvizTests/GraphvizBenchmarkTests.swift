import Foundation
import Testing

@testable import ASLGraphviz

/// Timing comparison, run on demand: `ASLGRAPHVIZ_BENCH=1 swift test --filter GraphvizBenchmark`.
/// Prints in-process (shared context / fresh context per call) vs `dot -Tsvg` subprocess.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ASLGRAPHVIZ_BENCH"] != nil))
struct GraphvizBenchmarkTests {
    @Test func hundredNodeSVG() throws {
        let dot = sampleDOT(count: 100)
        let runs = 20
        func measure(_ body: () throws -> Void) rethrows -> Duration {
            try body()  // warm-up
            let clock = ContinuousClock()
            return try clock.measure { for _ in 0..<runs { try body() } } / runs
        }
        let shared = GraphvizRenderer()
        var fresh = GraphvizRenderer()
        fresh.freshContextPerCall = true
        let tFresh0 = try measure { _ = try fresh.render(dot: dot, format: .svg) }
        let tShared = try measure { _ = try shared.render(dot: dot, format: .svg) }
        let tFresh = try measure { _ = try fresh.render(dot: dot, format: .svg) }
        let tShared2 = try measure { _ = try shared.render(dot: dot, format: .svg) }
        print("fresh", tFresh0, "shared", tShared, "fresh", tFresh, "shared", tShared2)
        let tSub = try measure { _ = try DotSubprocess.render(dot: dot, format: .svg) }
        let tPNG = try measure { _ = try shared.render(dot: dot, format: .png) }
        print("""
            ASLGraphviz bench (100 nodes, mean of \(runs), Graphviz \(GraphvizRenderer.libraryVersion)):
              in-process svg, shared GVC_t : \(tShared)
              in-process svg, GVC_t per call: \(tFresh)
              dot -Tsvg subprocess         : \(tSub)
              in-process png, shared GVC_t : \(tPNG)
            """)
        #expect(try shared.render(dot: dot, format: .svg) == fresh.render(dot: dot, format: .svg))
    }
}
