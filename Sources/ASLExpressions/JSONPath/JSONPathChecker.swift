/// Which kind of path a field expects.
public enum JSONPathKind: Hashable, Sendable {
    /// A Path (`InputPath`, `OutputPath`, `ItemsPath`, `.$` values): any JSONPath.
    case path
    /// A Reference Path (`Variable`, `TimeoutSecondsPath`, …): plain field names and
    /// non-negative indexes only.
    case referencePath
    /// `ResultPath`: a Reference Path that must not start from a variable.
    case resultPath
}

/// The outcome of checking one path string.
public struct JSONPathCheck: Hashable, Sendable {
    /// The parsed path, or `nil` after a syntax error.
    public var path: JSONPath?
    public var findings: [ExpressionFinding]
    /// Workflow variables read: the root `$name` and `$name`s inside filters.
    public var variableReads: [VariableRead]
    /// The path starts `$$.Map.`; valid only inside a Map state's item processing.
    public var usesMapContext: Bool
}

/// Checks JSONPath strings as ASL uses them.
public enum JSONPathChecker {
    /// Top-level fields of the context object (spec "Context Object"; AWS `input-output-contextobject`).
    static let contextFields: Set<String> = ["Execution", "State", "StateMachine", "Task", "Map"]

    /// Trailing spaces (U+0020 only) are ignored, as AWS ignores them: Step Functions evaluates
    /// paths with Jayway JsonPath, whose `PathCompiler.compile` trims spaces at both ends before
    /// parsing, and AWS deploys `"$$.Execution.Name "` (a published AWS sample has it). A leading
    /// space stays an error, for want of evidence that AWS accepts it (a `.$` value must start
    /// with `$`); tabs and newlines, which Jayway does not trim, stay errors too.
    /// - Complexity: O(n) in the length of `text`.
    public static func check(_ text: String, as kind: JSONPathKind) -> JSONPathCheck {
        var scalars = Array(text.unicodeScalars)
        while scalars.last == " " { scalars.removeLast() }
        return check(scalars, as: kind, baseOffset: 0)
    }

    /// Checks `scalars`, reporting offsets shifted by `baseOffset` (used for paths inside
    /// intrinsic function calls).
    static func check(_ scalars: [Unicode.Scalar], as kind: JSONPathKind, baseOffset: Int) -> JSONPathCheck {
        var parser = JSONPathParser(scalars, baseOffset: baseOffset)
        let path = parser.parse()
        var findings: [ExpressionFinding] = []
        if let error = parser.syntaxError { findings.append(error) }
        var usesMap = false
        if let path {
            if kind == .resultPath, case .variable(let name) = path.root {
                findings.append(ExpressionFinding(
                    .jsonPathResultPathVariable,
                    "ResultPath must not reference the variable '$\(name)'; it can only address the state input",
                    at: baseOffset))
            }
            if kind != .path, let bad = path.segments.first(where: { !isReferenceSegment($0) }) {
                findings.append(ExpressionFinding(
                    .jsonPathNotReferencePath,
                    "a Reference Path allows only field names and non-negative indexes, not \(describe(bad))",
                    at: baseOffset + (bad.isDescendant ? bad.offset : bad.selectorOffset)))
            }
            if path.root == .context, let first = path.segments.first, case .field(let name) = first.selector {
                if !contextFields.contains(name) {
                    findings.append(ExpressionFinding(
                        .jsonPathUnknownContextField,
                        "'\(name)' is not a context object field (expected Execution, State, StateMachine, Task or Map)",
                        at: baseOffset + first.selectorOffset))
                }
                usesMap = name == "Map"
            }
        }
        return JSONPathCheck(path: path, findings: findings, variableReads: parser.reads, usesMapContext: usesMap)
    }

    private static func isReferenceSegment(_ segment: JSONPathSegment) -> Bool {
        guard !segment.isDescendant else { return false }
        switch segment.selector {
        case .field: return true
        case .index(let i): return i >= 0
        default: return false
        }
    }

    private static func describe(_ segment: JSONPathSegment) -> String {
        if segment.isDescendant { return "a deep scan '..'" }
        switch segment.selector {
        case .field, .index: return "a negative index"
        case .wildcard: return "a wildcard '*'"
        case .slice: return "a slice"
        case .union: return "a union"
        case .filter: return "a filter"
        case .script: return "a script expression"
        case .function(let name): return "the function '\(name)()'"
        }
    }
}
