extension GraphvizError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .syntax(let message): "Graphviz could not read the DOT: \(message)"
        case .layoutFailed(let message): "Graphviz layout failed: \(message)"
        case .renderFailed(let message): "Graphviz rendering failed: \(message)"
        }
    }
}
