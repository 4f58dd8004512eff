import ASLExpressions
import Testing

@Suite struct JSONPathTests {
    @Test(arguments: [
        "$", "$.a.b", "$['a b']", "$.a[0]", "$.a[*]", "$.store.book[?(@.price < 10)].title", "$..author",
        "$.a[1:3]", "$.a[-1:]", "$.a[::2]", "$.a[0,1]", "$['a','b']", "$.a.length()", "$.a[\"b\"]",
        "$.a..[0]", "$.a.*", "$[(@.length-1)]", "$.a-b.c_d", "$$", "$$.Execution.Id", "$$.Task.Token",
        "$$.Map.Item.Value", "$$.Map.Item.Index", "$$.State.Name", "$$.StateMachine.Id", "$myVar", "$myVar.field",
        "$x[0]", "$['it\\'s']", "$.a[ 0 ]", "$.[0].body", "$.[*].['bucket', 'key']",
    ])
    func validPaths(_ text: String) {
        let check = JSONPathChecker.check(text, as: .path)
        #expect(check.findings.isEmpty, "\(text): \(check.findings)")
        #expect(check.path != nil)
    }

    @Test(arguments: ["$.a.b", "$.a[0]", "$['a b'].c", "$$.Execution.Input", "$", "$v.x[2]"])
    func validReferencePaths(_ text: String) {
        let check = JSONPathChecker.check(text, as: .referencePath)
        #expect(check.findings.isEmpty, "\(text): \(check.findings)")
        #expect(check.path?.isReferencePath == true)
    }

    @Test(arguments: [
        ("$.a[*]", 4), ("$..a", 1), ("$.a[?(@.x > 1)]", 4), ("$.a[1:2]", 4), ("$['a','b']", 2), ("$.a.*", 4),
        ("$.a[-1]", 4), ("$.a.length()", 4), ("$.b.c[0][(@.length-1)]", 9), ("$.a[ * ]", 5), ("$.a..[0]", 3),
    ])
    func notReferencePath(_ text: String, _ offset: Int) {
        let check = JSONPathChecker.check(text, as: .referencePath)
        #expect(ruleOffsets(check.findings) == ["jsonpath-not-reference-path@\(offset)"])
    }

    /// AWS's JSONPath engine (Jayway) trims spaces at the end; tabs, newlines and a leading
    /// space are not accepted.
    @Test func trailingSpacesAreIgnoredLikeAWS() {
        let trailing = JSONPathChecker.check("$$.Execution.Name  ", as: .path)
        #expect(trailing.findings.isEmpty)
        #expect(trailing.path?.segments.count == 2)
        #expect(JSONPathChecker.check("$.a ", as: .referencePath).findings.isEmpty)
        #expect(ruleOffsets(JSONPathChecker.check("$.a\t", as: .path).findings) == ["jsonpath-syntax@3"])
        #expect(ruleOffsets(JSONPathChecker.check("$.a\n", as: .path).findings) == ["jsonpath-syntax@3"])
        #expect(ruleOffsets(JSONPathChecker.check(" $.a", as: .path).findings) == ["jsonpath-syntax@0"])
    }

    @Test func resultPathMustNotBeAVariable() {
        #expect(ruleOffsets(JSONPathChecker.check("$var.x", as: .resultPath).findings) == ["jsonpath-resultpath-variable@0"])
        #expect(JSONPathChecker.check("$.x", as: .resultPath).findings.isEmpty)
        #expect(JSONPathChecker.check("$var.x", as: .referencePath).findings.isEmpty)
    }

    @Test func contextObject() {
        let unknown = JSONPathChecker.check("$$.Foo.Bar", as: .path)
        #expect(ruleOffsets(unknown.findings) == ["jsonpath-unknown-context-field@3"])
        #expect(unknown.findings.first?.severity == .warning)
        #expect(JSONPathChecker.check("$$.Map.Item.Value", as: .path).usesMapContext)
        #expect(!JSONPathChecker.check("$.Map.Item.Value", as: .path).usesMapContext)
        #expect(!JSONPathChecker.check("$$.Execution.Id", as: .path).usesMapContext)
        #expect(JSONPathChecker.check("$$.Task.Token", as: .path).path?.root == .context)
    }

    @Test func variablePaths() {
        let check = JSONPathChecker.check("$orders[0].id", as: .path)
        #expect(check.path?.root == .variable("orders"))
        #expect(readOffsets(check.variableReads) == ["orders@0"])
        #expect(check.path?.segments.map(\.selector) == [.index(0), .field("id")])
        let filter = JSONPathChecker.check("$.items[?(@.price > $limit)]", as: .path)
        #expect(readOffsets(filter.variableReads) == ["limit@20"])
        #expect(JSONPathChecker.check("$.a", as: .path).variableReads.isEmpty)
    }

    @Test func astShape() {
        let path = JSONPathChecker.check("$..book[?(@.p)]['x'][1:2]", as: .path).path
        #expect(path?.root == .input)
        #expect(path?.segments.map(\.selector) == [.field("book"), .filter("@.p"), .field("x"), .slice("1:2")])
        #expect(path?.segments.map(\.isDescendant) == [true, false, false, false])
        #expect(path?.segments.map(\.offset) == [1, 7, 15, 20])
        #expect(path?.segments.map(\.selectorOffset) == [3, 8, 16, 21])
    }

    @Test(arguments: [
        ("a.b", 0), ("$.", 2), ("$.a[", 3), ("$.a[0", 5), ("$.a b", 3), ("$['a", 2), ("$.a[x]", 4), ("$.a[1:2:3:4]", 4),
        ("$.a[?x]", 5), ("$.a[?(@.x > 1", 5), ("", 0), ("$..", 3), ("$.a[1,]", 4), ("$.a[?(@.x > 1]", 13), ("$.a[?(@.x[0)]", 11),
    ])
    func syntaxErrors(_ text: String, _ offset: Int) {
        let check = JSONPathChecker.check(text, as: .path)
        #expect(ruleOffsets(check.findings) == ["jsonpath-syntax@\(offset)"], "\(text)")
        #expect(check.path == nil)
    }

    @Test func offsetsCountUnicodeScalars() {
        // "é" as e + combining accent is two scalars but one Character.
        let check = JSONPathChecker.check("$.e\u{301} x", as: .path)
        #expect(ruleOffsets(check.findings) == ["jsonpath-syntax@4"])
    }

    @Test func longPathsAreLinear() {
        let text = "$" + String(repeating: ".a[0]", count: 100_000)
        let check = JSONPathChecker.check(text, as: .referencePath)
        #expect(check.findings.isEmpty)
        #expect(check.path?.segments.count == 200_000)
    }
}
