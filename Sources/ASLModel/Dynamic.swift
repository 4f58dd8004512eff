import ASLSource

/// A number field that ASL lets you give literally, through a JSONPath reference, or as a
/// JSONata expression (`TimeoutSeconds` / `TimeoutSecondsPath`, `Seconds` / `SecondsPath`,
/// `MaxConcurrency` / `MaxConcurrencyPath`, …). Only a literal is known before run time.
public enum DynamicInt: Hashable, Sendable {
    case literal(Int, SourcePosition)
    case path(String, SourcePosition)
    case jsonata(String, SourcePosition)

    public var literal: Int? {
        if case .literal(let v, _) = self { return v }
        return nil
    }

    public var position: SourcePosition {
        switch self {
        case .literal(_, let p), .path(_, let p), .jsonata(_, let p): p
        }
    }

    /// How a report names the source of a value that is not known statically.
    public var dynamicDescription: String? {
        switch self {
        case .literal: nil
        case .path(let p, _): "from the path \(p)"
        case .jsonata(let e, _): "from the JSONata expression \(e)"
        }
    }
}
