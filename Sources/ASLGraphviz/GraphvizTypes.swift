/// Output formats the in-process renderer supports.
public enum GraphvizFormat: String, Sendable, CaseIterable {
    case svg
    case png
}

/// Why an in-process Graphviz call failed. Messages are Graphviz's own text
/// (captured instead of printed to stderr), trimmed of trailing whitespace.
public enum GraphvizError: Error, Sendable, Equatable {
    /// The DOT text could not be parsed, e.g. "syntax error in line 3 near '->'".
    case syntax(String)
    /// The layout engine rejected the graph or the engine name is unknown.
    case layoutFailed(String)
    /// Rendering to the requested format failed.
    case renderFailed(String)
    /// The layout worker process died (a crash in Graphviz, or its memory limit), e.g.
    /// "killed by signal 6 (SIGABRT)".
    case workerCrashed(String)
    /// The layout worker did not answer within its deadline and was killed.
    case timedOut(seconds: Double)
}

/// The rendered document plus what happened on the way.
public struct GraphvizOutput: Sendable, Equatable {
    /// The rendered bytes (UTF-8 SVG text or a PNG file).
    public var bytes: [UInt8]
    /// True when spline routing failed and the layout was redone with `splines=polyline`.
    public var usedFallback: Bool
    /// Warnings and non-fatal errors Graphviz reported, in order (one entry per message).
    public var warnings: [String]
    /// What aslkit changed about the picture, in its own words (a bitmap scaled down).
    public var notes: [String]

    public init(bytes: [UInt8], usedFallback: Bool, warnings: [String], notes: [String] = []) {
        self.bytes = bytes
        self.usedFallback = usedFallback
        self.warnings = warnings
        self.notes = notes
    }
}
