extension GraphvizError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .syntax(let message): "Graphviz could not read the DOT: \(message)"
        case .layoutFailed(let message): "Graphviz layout failed: \(message)"
        case .renderFailed(let message): "Graphviz rendering failed: \(message)"
        case .workerCrashed(let message): "the Graphviz layout process died: \(message)"
        case .timedOut(let seconds): "the Graphviz layout took longer than \(Self.text(seconds)) s and was stopped"
        }
    }

    /// "12" or "0.5": seconds as the user would write them.
    static func text(_ seconds: Double) -> String {
        seconds == seconds.rounded() && abs(seconds) < 1e9 ? String(Int(seconds)) : String(seconds)
    }
}
