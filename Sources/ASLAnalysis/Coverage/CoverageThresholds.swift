/// Minimum percentages below which `aslkit coverage` exits with status 1.
public struct CoverageThresholds: Sendable, Equatable {
    public var minStatePercent: Double?
    public var minEdgePercent: Double?

    public init(minStatePercent: Double? = nil, minEdgePercent: Double? = nil) {
        self.minStatePercent = minStatePercent
        self.minEdgePercent = minEdgePercent
    }

    /// One sentence per threshold the report's totals miss; empty when all are met. A machine
    /// with nothing to cover (no edges) meets any edge threshold.
    public func violations(in report: CoverageReport) -> [String] {
        var out: [String] = []
        if let minimum = minStatePercent, let percent = report.total.states.percent, percent < minimum {
            out.append("state coverage \(Self.format(percent))% is below the minimum of \(Self.format(minimum))%")
        }
        if let minimum = minEdgePercent, let percent = report.total.edges.percent, percent < minimum {
            out.append("edge coverage \(Self.format(percent))% is below the minimum of \(Self.format(minimum))%")
        }
        return out
    }

    /// One decimal, without a trailing `.0`: `33.3`, `80`. Rounded down, so that a figure
    /// never shows more than was covered (89.96% is `89.9`, not `90`).
    public static func format(_ percent: Double) -> String {
        let tenths = (percent * 10 + 1e-9).rounded(.down)
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(Double(tenths) / 10)
    }
}
