/// Value rules on literal arguments that go beyond their type: placeholder counts, ranges,
/// algorithm names and input sizes (spec Appendix B and the AWS intrinsic-functions page).
struct IntrinsicArgumentRules {
    let call: IntrinsicCall
    var findings: [ExpressionFinding] = []

    init(call: IntrinsicCall) { self.call = call }

    private var args: [IntrinsicArgument] { call.arguments }

    private func integer(_ index: Int) -> Int? {
        guard index < args.count, case .number(let text, true) = args[index].value else { return nil }
        return Int(text)
    }

    private func string(_ index: Int) -> String? {
        guard index < args.count, case .string(let text, _) = args[index].value else { return nil }
        return text
    }

    private mutating func invalid(_ message: String, _ index: Int) {
        let offset = index < args.count ? args[index].offset : call.offset
        findings.append(ExpressionFinding(.intrinsicInvalidArgument, message, at: offset))
    }

    mutating func check() {
        switch call.name {
        case "States.Format": checkFormat()
        case "States.ArrayRange": checkRange()
        case "States.ArrayPartition":
            if let size = integer(1), size <= 0 { invalid("the chunk size of States.ArrayPartition must be positive", 1) }
        case "States.ArrayGetItem":
            if let index = integer(1), index < 0 { invalid("the index of States.ArrayGetItem must not be negative", 1) }
        case "States.Hash":
            checkLength(0)
            if let algorithm = string(1), !IntrinsicSignatures.hashAlgorithms.contains(algorithm) {
                invalid("'\(algorithm)' is not a States.Hash algorithm (MD5, SHA-1, SHA-256, SHA-384, SHA-512)", 1)
            }
        case "States.Base64Encode", "States.Base64Decode": checkLength(0)
        case "States.JsonMerge":
            // The spec defines a deep-merge flag, but AWS documents that Step Functions only
            // supports shallow merging and that the flag must be false. We follow AWS.
            if args.count > 2, case .boolean(true) = args[2].value {
                invalid("States.JsonMerge supports only shallow merging on AWS; the third argument must be false", 2)
            }
        default: break
        }
    }

    /// The spec asks for a string template. AWS also accepts a path there (LocalStack's
    /// AWS-recorded tests use `States.Format($.template, …)`), so only a literal template is
    /// required to match the number of values; `null` or a non-string call is reported.
    private mutating func checkFormat() {
        guard let first = args.first else { return }
        switch first.value {
        case .string(_, let placeholders):
            if placeholders != args.count - 1 {
                findings.append(ExpressionFinding(
                    .intrinsicFormatPlaceholders,
                    "the template has \(placeholders) '{}' placeholder(s) but \(args.count - 1) value(s) follow", at: first.offset))
            }
        case .null:
            findings.append(ExpressionFinding(
                .intrinsicArgumentType, "the first argument of States.Format must be a string, not null", at: first.offset))
        default:
            break  // other literal types and non-string calls are reported by the type check
        }
    }

    private mutating func checkRange() {
        if let step = integer(2), step == 0 { invalid("the step of States.ArrayRange must not be 0", 2) }
        guard let start = integer(0), let end = integer(1), let step = integer(2), step != 0 else { return }
        let span = step > 0 ? end - start : start - end
        let items = span < 0 ? 0 : span / abs(step) + 1
        if items > IntrinsicSignatures.maxRangeItems {
            invalid("States.ArrayRange would produce \(items) items; AWS allows at most \(IntrinsicSignatures.maxRangeItems)", 0)
        }
    }

    private mutating func checkLength(_ index: Int) {
        guard let text = string(index), text.unicodeScalars.count > IntrinsicSignatures.maxEncodedInputLength else { return }
        invalid("\(call.name) input is limited to \(IntrinsicSignatures.maxEncodedInputLength) characters", index)
    }
}
