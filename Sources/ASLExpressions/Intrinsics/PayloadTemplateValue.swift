/// What the string value of a `"key.$"` payload-template field is.
public enum PayloadValueKind: Hashable, Sendable {
    /// Starts with `$`: a Path (input, `$$` context or `$var` variable).
    case path
    /// Starts with `States.`: an intrinsic function call.
    case intrinsic
    /// Neither: AWS rejects the definition.
    case invalid
}

/// The outcome of checking a `.$` value.
public struct PayloadValueCheck: Hashable, Sendable {
    public var kind: PayloadValueKind
    public var findings: [ExpressionFinding]
    public var variableReads: [VariableRead]
    public var usesMapContext: Bool
    /// Set when `kind == .path`.
    public var path: JSONPathCheck?
    /// Set when `kind == .intrinsic`.
    public var intrinsic: IntrinsicCheck?
}

/// Classifies and checks the value of a payload-template field whose key ends in `.$`.
public enum PayloadTemplateValue {
    /// - Complexity: O(1).
    public static func classify(_ value: String) -> PayloadValueKind {
        if value.hasPrefix("$") { return .path }
        if value.hasPrefix("States.") { return .intrinsic }
        return .invalid
    }

    /// Classifies `value` and runs the matching checker.
    /// - Complexity: O(n) in the length of `value`.
    public static func check(_ value: String) -> PayloadValueCheck {
        switch classify(value) {
        case .path:
            let check = JSONPathChecker.check(value, as: .path)
            return PayloadValueCheck(
                kind: .path, findings: check.findings, variableReads: check.variableReads,
                usesMapContext: check.usesMapContext, path: check, intrinsic: nil)
        case .intrinsic:
            let check = IntrinsicChecker.check(value)
            return PayloadValueCheck(
                kind: .intrinsic, findings: check.findings, variableReads: check.variableReads,
                usesMapContext: check.usesMapContext, path: nil, intrinsic: check)
        case .invalid:
            let finding = ExpressionFinding(
                .payloadTemplateValueInvalid,
                "a '.$' field must hold a path starting with '$' or an intrinsic call starting with 'States.'", at: 0)
            return PayloadValueCheck(
                kind: .invalid, findings: [finding], variableReads: [], usesMapContext: false, path: nil, intrinsic: nil)
        }
    }
}
