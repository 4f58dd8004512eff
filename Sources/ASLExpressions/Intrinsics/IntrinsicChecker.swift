/// A JSONPath used as an intrinsic argument, with its own check result.
public struct IntrinsicPathUse: Hashable, Sendable {
    public var text: String
    /// Offset of the path's `$` in the intrinsic string.
    public var offset: Int
    public var check: JSONPathCheck
}

/// The outcome of checking one intrinsic call string.
public struct IntrinsicCheck: Hashable, Sendable {
    /// The parsed call, or `nil` after a syntax error.
    public var call: IntrinsicCall?
    public var findings: [ExpressionFinding]
    /// Every path argument, at any nesting depth, in source order.
    public var paths: [IntrinsicPathUse]
    public var variableReads: [VariableRead]
    /// Some path argument starts `$$.Map.`.
    public var usesMapContext: Bool
    /// What the outer call returns (`.any` when unknown).
    public var returnType: IntrinsicType
    /// The outer call may feed a string-only field such as `ErrorPath`/`CausePath`.
    public var allowedInStringField: Bool
}

/// Checks intrinsic function calls: syntax, names, arity, literal argument types and values.
public enum IntrinsicChecker {
    /// AWS: "You can nest up to 10 intrinsic functions within a field", illustrated by a
    /// field with nine calls in total (five deep); so we count calls, not depth.
    static let awsMaxFunctions = 10

    /// - Complexity: O(n) in the length of `text`.
    public static func check(_ text: String) -> IntrinsicCheck {
        var parser = IntrinsicParser(Array(text.unicodeScalars))
        let call = parser.parse()
        var walker = IntrinsicCallWalker()
        if let error = parser.error { walker.findings.append(error) }
        if let call { walker.visit(call, depth: 1) }
        let signature = call.flatMap { IntrinsicSignatures.all[$0.name] }
        return IntrinsicCheck(
            call: call, findings: walker.findings.sorted { $0.offset < $1.offset }, paths: walker.paths,
            variableReads: walker.paths.flatMap(\.check.variableReads),
            usesMapContext: walker.paths.contains { $0.check.usesMapContext },
            returnType: signature?.returns ?? .any,
            allowedInStringField: signature?.allowedInStringField ?? false)
    }
}

/// Walks a parsed call tree; recursion depth is bounded by `IntrinsicParser.maxDepth`.
struct IntrinsicCallWalker {
    var findings: [ExpressionFinding] = []
    var paths: [IntrinsicPathUse] = []
    /// Calls seen so far, in source order (pre-order matches source order).
    private var callCount = 0

    mutating func visit(_ call: IntrinsicCall, depth: Int) {
        callCount += 1
        if callCount == IntrinsicChecker.awsMaxFunctions + 1 {
            findings.append(ExpressionFinding(
                .intrinsicNestingTooDeep,
                "AWS allows at most \(IntrinsicChecker.awsMaxFunctions) nested intrinsic functions in a field", at: call.offset))
        }
        if let signature = IntrinsicSignatures.all[call.name] {
            checkArity(call, signature)
            checkTypes(call, signature)
            var rules = IntrinsicArgumentRules(call: call)
            rules.check()
            findings += rules.findings
        } else {
            findings.append(ExpressionFinding(
                .intrinsicUnknownFunction, "'\(call.name)' is not an intrinsic function", at: call.offset))
        }
        for argument in call.arguments {
            switch argument.value {
            case .path(let text):
                let check = JSONPathChecker.check(Array(text.unicodeScalars), as: .path, baseOffset: argument.offset)
                findings += check.findings
                paths.append(IntrinsicPathUse(text: text, offset: argument.offset, check: check))
            case .call(let inner):
                visit(inner, depth: depth + 1)
            default:
                break
            }
        }
    }

    private mutating func checkArity(_ call: IntrinsicCall, _ signature: IntrinsicSignature) {
        let count = call.arguments.count
        let expected: String
        if let max = signature.maxArguments {
            expected = signature.minArguments == max ? "\(max)" : "\(signature.minArguments) to \(max)"
        } else {
            expected = "at least \(signature.minArguments)"
        }
        let plural = expected == "1" ? "argument" : "arguments"
        if let max = signature.maxArguments, count > max {
            findings.append(ExpressionFinding(
                .intrinsicArity, "\(call.name) takes \(expected) \(plural) but has \(count)", at: call.arguments[max].offset))
        } else if count < signature.minArguments {
            findings.append(ExpressionFinding(
                .intrinsicArity, "\(call.name) takes \(expected) \(plural) but has \(count)", at: call.offset))
        }
    }

    private mutating func checkTypes(_ call: IntrinsicCall, _ signature: IntrinsicSignature) {
        for (index, argument) in call.arguments.enumerated() {
            let expected = signature.parameter(index)
            guard let actual = Self.staticType(argument.value), !actual.fits(expected) else { continue }
            findings.append(ExpressionFinding(
                .intrinsicArgumentType,
                "argument \(index + 1) of \(call.name) must be \(Self.article(expected)) but is \(Self.article(actual))",
                at: argument.offset))
        }
    }

    /// The type of a literal or nested call; `nil` for paths and `null` fitting anything it must.
    static func staticType(_ value: IntrinsicArgument.Value) -> IntrinsicType? {
        switch value {
        case .string: .string
        case .number(_, let isInteger): isInteger ? .integer : .number
        case .boolean: .boolean
        case .null: nil
        case .path: nil
        case .call(let inner): IntrinsicSignatures.all[inner.name]?.returns
        }
    }

    static func article(_ type: IntrinsicType) -> String {
        switch type {
        case .integer, .array, .object, .any: "an \(type.rawValue)"
        default: "a \(type.rawValue)"
        }
    }
}
