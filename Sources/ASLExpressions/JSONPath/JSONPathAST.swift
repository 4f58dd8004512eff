/// What the path starts from.
public enum JSONPathRoot: Hashable, Sendable {
    /// `$`: the state's input (or effective input).
    case input
    /// `$$`: the context object.
    case context
    /// `$name`: a workflow variable.
    case variable(String)
}

/// What one bracket or dot step selects.
public enum JSONPathSelector: Hashable, Sendable {
    /// `.name` or `['name']`.
    case field(String)
    /// `[3]` (negative indexes count from the end).
    case index(Int)
    /// `.*` or `[*]`.
    case wildcard
    /// `[start:end:step]`, kept as written.
    case slice(String)
    /// `['a','b']` or `[0,1]`, members kept as written.
    case union([String])
    /// `[?( … )]`, the text between the parentheses.
    case filter(String)
    /// `[( … )]`, a script expression.
    case script(String)
    /// `.length()` and the other functions of the Jayway dialect AWS uses.
    case function(String)
}

/// One step of a path.
public struct JSONPathSegment: Hashable, Sendable {
    public var selector: JSONPathSelector
    /// Reached with `..` (deep scan) rather than `.` or `[`.
    public var isDescendant: Bool
    /// Offset of the step's first character (the `.`, `..` or `[`), from the start of the
    /// path text (findings, unlike this, are shifted to the enclosing string).
    public var offset: Int
    /// Offset of the selector itself: the name or `*` after the dot, or the first
    /// character inside the brackets.
    public var selectorOffset: Int
}

/// A parsed JSONPath as ASL uses it.
public struct JSONPath: Hashable, Sendable {
    public var root: JSONPathRoot
    public var segments: [JSONPathSegment]

    /// True when every step is a plain field name or a non-negative index: the shape the
    /// spec calls a Reference Path.
    public var isReferencePath: Bool {
        segments.allSatisfy { segment in
            guard !segment.isDescendant else { return false }
            switch segment.selector {
            case .field: return true
            case .index(let i): return i >= 0
            default: return false
            }
        }
    }
}
