import ASLExpressions
import Testing

@Suite struct IntrinsicTests {
    @Test(arguments: [
        "States.Format('Hello, {}!', $.name)",
        "States.Array(States.Format('{}', $.a), 1, true, null)",
        "States.Array()",
        "States.StringToJson($.s)", "States.JsonToString($.o)", "States.ArrayPartition($.a, 2)",
        "States.ArrayContains($.a, 'x')", "States.ArrayRange(1, 9, 2)", "States.ArrayRange(10, 1, -1)",
        "States.ArrayGetItem($.a, 0)", "States.ArrayLength($.a)", "States.ArrayUnique($.a)",
        "States.Base64Encode('abc')", "States.Base64Decode($.s)", "States.Hash($.d, 'SHA-256')",
        "States.JsonMerge($.a, $.b, false)", "States.MathRandom(1, 999)", "States.MathRandom(1, 999, $.seed)",
        "States.MathAdd($.n, -1)", "States.StringSplit($.s, ',')", "States.UUID()",
        #"States.Format('{} \{literal\} {} it\'s \\', $$.Execution.Id, $myVar)"#,
        // The AWS guide's nine-deep example, with its template fixed to two placeholders (the
        // guide's '{}.{}.{}' has three placeholders for two values, which the checker reports).
        "States.Format('{}.{}', States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 1))",
        "States.Array( $.a[?(@.x, 1)] , $['a,b'] )",
        "States.MathAdd(1000, 2)",
        // A path template is accepted by AWS (LocalStack's AWS-recorded tests use it).
        "States.Format($.template, $.a, $.b)",
        // Unknown backslash pairs are kept as written (the AWS language service accepts them).
        #"States.Format('one {}\ntwo {}', $.a, 'literal')"#,
        "States.StringToJson($.[0].body)",
    ])
    func validCalls(_ text: String) {
        let check = IntrinsicChecker.check(text)
        #expect(check.findings.isEmpty, "\(text): \(check.findings)")
        #expect(check.call != nil)
    }

    @Test(arguments: [
        ("States.Foo(1)", "intrinsic-unknown-function@0"),
        ("States.UUID(1)", "intrinsic-arity@12"),
        ("States.MathAdd(1)", "intrinsic-arity@0"),
        ("States.Format()", "intrinsic-arity@0"),
        ("States.Format('{} {}', $.a)", "intrinsic-format-placeholders@14"),
        ("States.Format('{}')", "intrinsic-format-placeholders@14"),
        (#"States.Format('\{}', $.a)"#, "intrinsic-format-placeholders@14"),
        ("States.Format(null, $.a)", "intrinsic-argument-type@14"),
        ("States.Format(States.ArrayLength($.a))", "intrinsic-argument-type@14"),
        ("States.Format(1, $.a)", "intrinsic-argument-type@14"),
        ("States.ArrayRange(1, 10, 0)", "intrinsic-invalid-argument@25"),
        ("States.ArrayRange(0, 2000, 1)", "intrinsic-invalid-argument@18"),
        ("States.Hash($.d, 'SHA-3')", "intrinsic-invalid-argument@17"),
        ("States.MathAdd(1.5, 2)", "intrinsic-argument-type@15"),
        ("States.MathAdd('1', 2)", "intrinsic-argument-type@15"),
        ("States.MathAdd(null, 2)", ""),
        ("States.JsonMerge($.a, $.b, true)", "intrinsic-invalid-argument@27"),
        ("States.JsonMerge($.a, $.b, 'no')", "intrinsic-argument-type@27"),
        ("States.ArrayPartition($.a, 0)", "intrinsic-invalid-argument@27"),
        ("States.ArrayGetItem($.a, -1)", "intrinsic-invalid-argument@25"),
        ("States.ArrayLength(States.Format('x'))", "intrinsic-argument-type@19"),
        ("States.Base64Encode('\(String(repeating: "x", count: 10_001))')", "intrinsic-invalid-argument@20"),
        ("States.Format('abc", "intrinsic-syntax@14"),
        ("States.Array(1,)", "intrinsic-syntax@15"),
        ("States.Array(1) x", "intrinsic-syntax@16"),
        ("States.Array(1 2)", "intrinsic-syntax@15"),
        ("Foo()", "intrinsic-syntax@0"),
        ("States.Array", "intrinsic-syntax@12"),
        ("States.Array($.a b)", "jsonpath-syntax@16"),
        ("States.Array($$.Nope)", "jsonpath-unknown-context-field@16"),
    ])
    func findings(_ text: String, _ expected: String) {
        let check = IntrinsicChecker.check(text)
        #expect(ruleOffsets(check.findings) == (expected.isEmpty ? [] : [expected]), "\(text)")
    }

    @Test func moreThanTenCallsAreReported() {
        // Eleven calls, at most two deep: the eleventh is reported.
        let flat = "States.Array(" + Array(repeating: "States.UUID()", count: 10).joined(separator: ", ") + ")"
        #expect(ruleOffsets(IntrinsicChecker.check(flat).findings) == ["intrinsic-nesting-too-deep@\(13 + 9 * 15)"])
    }

    @Test func nestingBeyondTenIsReported() {
        let open = "States.JsonToString("
        let text = String(repeating: open, count: 11) + "1" + String(repeating: ")", count: 11)
        #expect(ruleOffsets(IntrinsicChecker.check(text).findings) == ["intrinsic-nesting-too-deep@\(10 * open.count)"])
        let ten = String(repeating: open, count: 10) + "1" + String(repeating: ")", count: 10)
        #expect(IntrinsicChecker.check(ten).findings.isEmpty)
    }

    @Test func veryDeepNestingIsBoundedNotACrash() {
        let text = String(repeating: "States.Array(", count: 100_000) + String(repeating: ")", count: 100_000)
        let check = IntrinsicChecker.check(text)
        #expect(check.findings.map(\.ruleID) == ["expression-too-deep"])
        #expect(check.call == nil)
    }

    @Test func pathsAndVariableReads() {
        let check = IntrinsicChecker.check("States.Format('{} {}', $name.x, States.Array($$.Map.Item.Index))")
        #expect(readOffsets(check.variableReads) == ["name@23"])
        #expect(check.paths.map(\.text) == ["$name.x", "$$.Map.Item.Index"])
        #expect(check.paths.map(\.offset) == [23, 45])
        #expect(check.usesMapContext)
    }

    @Test func returnTypesForStringFields() {
        for name in ["JsonToString($.a)", "Format('x')", "ArrayGetItem($.a, 0)", "Base64Decode($.a)", "Base64Encode($.a)",
                     "Hash($.a, 'MD5')", "UUID()"] {
            #expect(IntrinsicChecker.check("States." + name).allowedInStringField, "\(name)")
        }
        let length = IntrinsicChecker.check("States.ArrayLength($.a)")
        #expect(!length.allowedInStringField)
        #expect(length.returnType == .integer)
        #expect(IntrinsicChecker.check("States.Array(1)").returnType == .array)
        #expect(IntrinsicChecker.check("States.ArrayContains($.a, 1)").returnType == .boolean)
        #expect(IntrinsicSignatures.all.count == 18)
    }

    @Test func astShape() {
        let call = IntrinsicChecker.check(#"States.Array('a\'b', -1.5, false, null, $.x, States.UUID())"#).call
        #expect(call?.name == "States.Array")
        #expect(call?.arguments.map(\.value) == [
            .string("a'b", placeholders: 0), .number("-1.5", isInteger: false), .boolean(false), .null, .path("$.x"),
            .call(IntrinsicCall(name: "States.UUID", offset: 45, arguments: [])),
        ])
        #expect(call?.arguments.map(\.offset) == [13, 21, 27, 34, 40, 45])
    }

    /// Malformed `.$` values of the kinds the AWS language service rejects.
    @Test(arguments: [
        ("  States.Format($.template)", "payload-template-value-invalid@0"),
        ("States.JsonToString($", "intrinsic-syntax@21"),
        ("States.StringToJson $.escaped)", "intrinsic-syntax@19"),
        ("States. ", "intrinsic-syntax@0"),
        ("JsonToString($)", "payload-template-value-invalid@0"),
        ("", "payload-template-value-invalid@0"),
        ("prod-v1", "payload-template-value-invalid@0"),
        ("States.Xyz($.result)", "intrinsic-unknown-function@0"),
    ])
    func malformedPayloadValues(_ text: String, _ expected: String) {
        #expect(ruleOffsets(PayloadTemplateValue.check(text).findings) == [expected], "\(text)")
    }

    @Test func payloadTemplateValues() {
        #expect(PayloadTemplateValue.classify("$.a") == .path)
        #expect(PayloadTemplateValue.classify("$$.Task.Token") == .path)
        #expect(PayloadTemplateValue.classify("States.UUID()") == .intrinsic)
        #expect(PayloadTemplateValue.classify("hello") == .invalid)
        #expect(ruleOffsets(PayloadTemplateValue.check("hello").findings) == ["payload-template-value-invalid@0"])
        #expect(readOffsets(PayloadTemplateValue.check("$v.a").variableReads) == ["v@0"])
        #expect(PayloadTemplateValue.check("States.Format('{}', $$.Map.Item.Value)").usesMapContext)
        #expect(ruleOffsets(PayloadTemplateValue.check("States.Nope()").findings) == ["intrinsic-unknown-function@0"])
    }
}
