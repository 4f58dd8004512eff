import Foundation

/// Wall-clock timing on a shared machine. Ratios are measured paired (`pair`): the candidate and
/// its baseline run alternately, so load that comes and goes hits both, and the figure reported
/// is the median of the pairwise ratios with their spread. `seconds` (the minimum of several
/// runs) is left for absolute figures that have no baseline.
enum Measure {
    static func seconds(runs: Int = 7, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<runs { best = min(best, once(body)) }
        return best
    }

    static func once(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// `runs` pairs of (candidate, baseline), after one unmeasured run of each. Pairs alternate
    /// which one goes first (ABBA…), so a trend in the load does not favour either.
    static func pair(runs: Int = 9, _ candidate: () -> Void, baseline: () -> Void) -> Paired {
        candidate()
        baseline()
        var result = Paired()
        for run in 0..<runs {
            var a = 0.0, b = 0.0
            if run % 2 == 0 {
                a = once(candidate)
                b = once(baseline)
            } else {
                b = once(baseline)
                a = once(candidate)
            }
            result.candidate.append(a)
            result.baseline.append(b)
        }
        return result
    }

    /// Peak resident memory of this process so far (Linux `VmHWM`), in MB.
    static func peakMemoryMB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first
            return kb.map { $0 / 1024 }
        }
        return nil
    }

    /// The baseline: Foundation parsing the same bytes into `NSDictionary`/`NSArray` values.
    static func jsonSerialization(_ data: Data) {
        _ = try? JSONSerialization.jsonObject(with: data)
    }

    static func format(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }
}

/// Paired timings of a candidate and its baseline: `candidate[i]` and `baseline[i]` ran back to back.
struct Paired {
    var candidate: [Double] = []
    var baseline: [Double] = []

    var ratios: [Double] { zip(candidate, baseline).map { $0 / $1 } }
    var ratio: Double { Self.median(ratios) }
    var candidateMedian: Double { Self.median(candidate) }
    var baselineMedian: Double { Self.median(baseline) }

    /// `0.52× (0.48–0.57)`: the median ratio and the range of the pairwise ratios.
    var ratioText: String {
        String(format: "%.2f× (%.2f–%.2f)", ratio, ratios.min() ?? .nan, ratios.max() ?? .nan)
    }

    /// `ratio 0.52× (0.48–0.57); medians 12.30 ms vs 23.10 ms`.
    var summary: String {
        "ratio \(ratioText); medians \(Measure.format(candidateMedian)) vs \(Measure.format(baselineMedian))"
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
