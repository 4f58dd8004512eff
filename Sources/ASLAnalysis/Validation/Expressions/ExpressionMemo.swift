import ASLExpressions

/// The checks of one validation run, remembered by string and what the string may reference.
///
/// Real and generated machines repeat the same strings in many states (`$.kind`,
/// `{% $states.input.x %}`); a checker's result depends only on the text and its context,
/// so each distinct pair is parsed once per run. The memo lives in the run's scan, never in
/// global state, and `knownVariables` is fixed for the run, so it is not part of the keys.
///
/// - Complexity: one hash of the string per lookup; memory O(total length of distinct strings).
struct ExpressionMemo {
    private struct JSONataKey: Hashable {
        let text: String
        let allowsStatesResult: Bool
        let allowsErrorOutput: Bool
    }

    private struct PathKey: Hashable {
        let text: String
        let kind: JSONPathKind
    }

    private var jsonata: [JSONataKey: JSONataCheck] = [:]
    private var paths: [PathKey: JSONPathCheck] = [:]
    private var payloadValues: [String: PayloadValueCheck] = [:]
    private var intrinsics: [String: IntrinsicCheck] = [:]

    mutating func jsonata(_ text: String, context: JSONataContext) -> JSONataCheck {
        let key = JSONataKey(text: text, allowsStatesResult: context.allowsStatesResult, allowsErrorOutput: context.allowsErrorOutput)
        if let known = jsonata[key] { return known }
        let check = JSONataChecker.check(text, context: context)
        jsonata[key] = check
        return check
    }

    mutating func path(_ text: String, as kind: JSONPathKind) -> JSONPathCheck {
        let key = PathKey(text: text, kind: kind)
        if let known = paths[key] { return known }
        let check = JSONPathChecker.check(text, as: kind)
        paths[key] = check
        return check
    }

    mutating func payloadValue(_ text: String) -> PayloadValueCheck {
        if let known = payloadValues[text] { return known }
        let check = PayloadTemplateValue.check(text)
        payloadValues[text] = check
        return check
    }

    mutating func intrinsic(_ text: String) -> IntrinsicCheck {
        if let known = intrinsics[text] { return known }
        let check = IntrinsicChecker.check(text)
        intrinsics[text] = check
        return check
    }
}
