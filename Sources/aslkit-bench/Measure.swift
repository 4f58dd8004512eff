import Foundation

/// Wall-clock timing: the minimum of several runs, the figure least disturbed by other load on
/// a shared machine. Ratios against a baseline measured in the same run are what we report.
enum Measure {
    static func seconds(runs: Int = 7, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, elapsed)
        }
        return best
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
    static func jsonSerialization(_ bytes: [UInt8]) -> Double {
        let data = Data(bytes)
        return seconds { _ = try? JSONSerialization.jsonObject(with: data) }
    }

    static func format(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }
}
