import ASLExpressions
import Testing

@Suite struct JSONataTests {
    static let strict = JSONataContext(knownVariables: [])

    @Test(arguments: [
        #"{% $states.input.orders[price > 100].{"id": id, "total": $sum(items.(qty * price))} %}"#,
        "{% $states.input.x ~> $uppercase() %}",
        "{% $states.input.x ~> $substring(1, 2) ~> $trim %}",
        "{% ($a := 1; $a + 1) %}",
        "{% $match($states.input.s, /^a+b/i) %}",
        "{% $replace($states.input.s, /a\\/b[/]/, 'x') %}",
        "{% $states.context.Execution.Id %}",
        "{% 'Hello ' & $states.input.name %}",
        "{% $states.input.age >= 18 and $states.input.member = true or false %}",
        "{% $map($states.input.items, function($v, $i) { $v.price * $i }) %}",
        "{% $states.input.items^(>price, name)[0] %}",
        "{% $states.input.a ? 'yes' : 'no' %}",
        "{% [1..10][$ % 2 = 0] %}",
        "{% $range(0, 10, 2) %}", "{% $partition($states.input.a, 3) %}", "{% $uuid() %}",
        "{% $hash($states.input.c, 'SHA-256') %}", "{% $parse($states.input.json) %}", "{% $random() %}",
        "{% $random(42) %}",
        "{% /* comment */ $states.input.`field name` %}",
        #"{% $states.input.items@$i#$pos.{"i": $i, "p": $pos} %}"#,
        "{% ($f := function($n) { $n <= 1 ? 1 : $n * $f($n - 1) }; $f(5)) %}",
        "{% $states.input.people{city: $count(name)} %}",
        "{% -$states.input.n * 2 %}", "{% $states.input.a ?: 'default' %}", "{% $states.input.a ?? 0 %}",
        #"{% $states.input ~> | $ | {"x": 1} | %}"#,
        "{% $string($states.input.n, true) %}", "{% $now() %}", "{% $states.input.list.**.price %}",
        "{% $exists($states.input.a) and $not($states.input.b) %}",
        #"{% $lookup($states.input, "key") %}"#,
        "{% $states.input.a / 2 %}",
        "{% $states.input.a != 'x' and $states.input.b in [1, 2, 3] %}",
        "{% [] %}", "{% {} %}", "{% () %}", "{% (1; 2;) %}", "{% 1.5e3 %}", "{% \"\\u00e9\\n\" %}",
        "{% $states.input.nums[] %}",
        "{% $filter($states.input.a, function($v) <n:b> { $v > 0 }) %}",
        "{% $reduce($states.input.a, function($acc, $v) { $acc + $v }, 0) %}",
        "{% $states.input.a.$string() %}",
        "{% $zip([1], [2], [3]) %}",
        "{% $states.input.o.$keys().$uppercase() %}",
        "{% $map($states.input.a, $string) %}",
        "{% $states.input.a[0].b[-1] %}",
        "{%$states.input.a%}",
        "{% λ($x){ $x }(1) %}",
        "{% $states.input.`and` %}",
        "{% $states.input.o ~> $sift(function($v, $k) { $k != 'x' }) %}",
        "{% $states.context.Map.Item.Value %}",
        "{% (\n  $total := $sum($states.input.items.price);\n  $total > 100 ? 'big' : 'small'\n) %}",
    ])
    func validExpressions(_ text: String) {
        let check = JSONataChecker.check(text, context: Self.strict)
        #expect(check.findings.isEmpty, "\(text): \(check.findings)")
        #expect(check.ast != nil)
        #expect(check.variableReads.isEmpty, "\(text): \(check.variableReads)")
    }

    @Test(arguments: [
        ("{% $.a %}", "jsonata-top-level-reference@3"),
        ("{% a.b %}", "jsonata-top-level-reference@3"),
        ("{% $$.Execution %}", "jsonata-top-level-reference@3"),
        ("{% $uppercase(name) %}", "jsonata-top-level-reference@14"),
        ("{% * %}", "jsonata-top-level-reference@3"),
        ("{% [1, x] %}", "jsonata-top-level-reference@7"),
        ("{% $states.result %}", "jsonata-states-result-not-allowed@11"),
        ("{% $states.result.Payload %}", "jsonata-states-result-not-allowed@11"),
        ("{% $states.errorOutput.Error %}", "jsonata-states-error-output-not-allowed@11"),
        ("{% $states.inputs %}", "jsonata-unknown-states-field@11"),
        ("{% $states.input[0] %}", ""),
        ("{% $foo(1) %}", "jsonata-unknown-function@3"),
        ("{% $substring() %}", "jsonata-arity@3"),
        ("{% $uuid(1) %}", "jsonata-arity@3"),
        ("{% $append($states.input.a) %}", "jsonata-arity@3"),
        ("{% $states.input.s ~> $substring(1, 2, 3) %}", "jsonata-arity@22"),
        ("{% $states.input.s ~> $millis %}", "jsonata-arity@22"),
        ("{% 1 + %}", "jsonata-syntax@7"),
        (#"{% "abc %}"#, "jsonata-syntax@3"),
        ("{% (1; 2 %}", "jsonata-syntax@9"),
        ("{% [1, 2 %}", "jsonata-syntax@9"),
        ("{% {'a' 1} %}", "jsonata-syntax@8"),
        ("{% 1 2 %}", "jsonata-syntax@5"),
        ("{% $match($states.input.s, /abc/z) %}", "jsonata-syntax@32"),
        ("{% $states.input.a // 2 %}", "jsonata-syntax@20"),
        ("{% 1 := 2 %}", "jsonata-syntax@5"),
        ("{% /* open %}", "jsonata-syntax@3"),
        ("{% 'a\\q' %}", "jsonata-syntax@5"),
        ("{% $states.input ! 1 %}", "jsonata-syntax@17"),
        ("{% function($x) $x %}", "jsonata-syntax@16"),
        ("{%  %}", "jsonata-syntax@4"),
        ("{% [1, ] %}", "jsonata-syntax@7"),
        ("{% {'a': 1,} %}", "jsonata-syntax@11"),
        ("{% $string(1,) %}", "jsonata-syntax@13"),
        ("{% $states.input.a %", "jsonata-delimiters@0"),
        ("$states.input.a", "jsonata-delimiters@0"),
        (" {% $states.input.a %}", "jsonata-delimiters@0"),
        ("{% $states.input.a %} ", "jsonata-delimiters@21"),
    ])
    func findings(_ text: String, _ expected: String) {
        let check = JSONataChecker.check(text, context: Self.strict)
        #expect(ruleOffsets(check.findings) == (expected.isEmpty ? [] : [expected]), "\(text)")
    }

    @Test func surroundingWhitespaceIsALiteralWarning() {
        // AWS treats " {% … %} " as a plain string, so the inside is not checked.
        let check = JSONataChecker.check(" {% states.input %} ")
        #expect(ruleOffsets(check.findings) == ["jsonata-delimiters@0"])
        #expect(check.findings.first?.severity == .warning)
        #expect(check.ast == nil)
        #expect(JSONataChecker.check("$states.input.a").findings.first?.severity == .error)
    }

    @Test func statesResultAndErrorOutputWhereAllowed() {
        let context = JSONataContext(allowsStatesResult: true, allowsErrorOutput: true, knownVariables: [])
        #expect(JSONataChecker.check("{% $states.result.Payload %}", context: context).findings.isEmpty)
        #expect(JSONataChecker.check("{% $states.errorOutput.Cause %}", context: context).findings.isEmpty)
    }

    @Test func variableReads() {
        let check = JSONataChecker.check("{% $x.y %}", context: Self.strict)
        #expect(check.findings.isEmpty)
        #expect(readOffsets(check.variableReads) == ["x@3"])
        #expect(readOffsets(JSONataChecker.check("{% $x + $y.z + $states.input.a %}", context: Self.strict).variableReads) == ["x@3", "y@8"])
        #expect(readOffsets(JSONataChecker.check("{% ($a := 1; $a + $b) %}", context: Self.strict).variableReads) == ["b@18"])
        #expect(readOffsets(JSONataChecker.check("{% $map($states.input.l, function($v) { $v + $w }) %}", context: Self.strict).variableReads) == ["w@45"])
        #expect(readOffsets(JSONataChecker.check("{% $x := $x + 1 %}", context: Self.strict).variableReads) == ["x@9"])
        // A binding inside a block is not visible after the block.
        #expect(readOffsets(JSONataChecker.check("{% [($a := 1; $a), $a] %}", context: Self.strict).variableReads) == ["a@19"])
        #expect(readOffsets(JSONataChecker.check("{% $orders[0].total %}", context: Self.strict).variableReads) == ["orders@3"])
    }

    @Test func callsOfWorkflowVariables() {
        let known = JSONataContext(knownVariables: ["foo"])
        let check = JSONataChecker.check("{% $foo(1) %}", context: known)
        #expect(check.findings.isEmpty)
        #expect(readOffsets(check.variableReads) == ["foo@3"])
        let unchecked = JSONataChecker.check("{% $bar(1) %}", context: JSONataContext())
        #expect(unchecked.findings.isEmpty)
        #expect(readOffsets(unchecked.variableReads) == ["bar@3"])
        // Functions bound in the expression are not workflow variables.
        #expect(JSONataChecker.check("{% ($g := function() { 1 }; $g()) %}", context: Self.strict).variableReads.isEmpty)
    }

    @Test func mapContext() {
        #expect(JSONataChecker.check("{% $states.context.Map.Item.Value %}").usesMapContext)
        #expect(JSONataChecker.check("{% $states.context.Map.Item.Index + 1 %}").usesMapContext)
        #expect(!JSONataChecker.check("{% $states.context.Execution.Id %}").usesMapContext)
        #expect(!JSONataChecker.check("{% $states.input.Map.Item %}").usesMapContext)
    }

    @Test func isExpression() {
        #expect(JSONataChecker.isExpression("{% 1 %}"))
        #expect(JSONataChecker.isExpression("  {% $x %} "))
        #expect(JSONataChecker.isExpression("{%%}"))
        #expect(!JSONataChecker.isExpression("{% 1"))
        #expect(!JSONataChecker.isExpression("$.a"))
        #expect(!JSONataChecker.isExpression("{%}"))
    }

    @Test func astShape() throws {
        let ast = try #require(JSONataChecker.check("{% $states.input.a + 1 %}", context: Self.strict).ast)
        guard case .binary("+", let lhs, let rhs) = ast[ast.root].kind else {
            Issue.record("root is \(ast[ast.root].kind)")
            return
        }
        #expect(ast[rhs].kind == .number(1))
        #expect(ast[rhs].offset == 21)
        guard case .path(let states, let a) = ast[lhs].kind, case .path(let s, _) = ast[states].kind else {
            Issue.record("lhs is \(ast[lhs].kind)")
            return
        }
        #expect(ast[s].kind == .variable("states"))
        #expect(ast[a].kind == .name("a"))
    }

    @Test func deepNestingGivesAFindingNotACrash() {
        for (open, close) in [("(", ")"), ("[", "]"), ("-", ""), ("$f(", ")"), ("{'a':", "}")] {
            let text = "{% " + String(repeating: open, count: 100_000) + "1" + String(repeating: close, count: 100_000) + " %}"
            let check = JSONataChecker.check(text, context: Self.strict)
            #expect(check.findings.map(\.ruleID) == ["expression-too-deep"], "\(open)")
        }
    }

    @Test func longFlatChainsAreFine() {
        let sum = "{% " + Array(repeating: "1", count: 100_000).joined(separator: " + ") + " %}"
        #expect(JSONataChecker.check(sum, context: Self.strict).findings.isEmpty)
        let path = "{% $states.input" + String(repeating: ".a[0]", count: 50_000) + " %}"
        #expect(JSONataChecker.check(path, context: Self.strict).findings.isEmpty)
        let reads = "{% " + Array(repeating: "$v", count: 50_000).joined(separator: " & ") + " %}"
        #expect(JSONataChecker.check(reads, context: Self.strict).variableReads.count == 50_000)
    }
}
