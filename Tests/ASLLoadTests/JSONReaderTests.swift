@testable import ASLLoad
import ASLSource
import Testing

@Suite struct JSONReaderTests {
    private func pos(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column) }

    @Test func positionsOfNodesAndKeys() throws {
        let text = """
            {
              "StartAt": "Größe",
              "States": {"Größe": {"Type": "Pass", "End": true}},
              "N": [1, -2.5e3, null]
            }
            """
        let result = JSONReader.parse(text, file: "a.json")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(root.position == pos(1, 1))
        #expect(root.member("StartAt")?.keyPosition == pos(2, 3))
        #expect(root["StartAt"]?.position == pos(2, 14))
        #expect(root["StartAt"]?.contentStart == pos(2, 15))
        // Columns count Unicode scalars: "Größe" is 5 scalars, 7 bytes.
        let state = try #require(root["States"]?["Größe"])
        #expect(state.position == pos(3, 23))
        #expect(state["End"]?.position == pos(3, 47))
        #expect(root["N"]?.arrayValue?.map(\.position) == [pos(4, 9), pos(4, 12), pos(4, 20)])
        #expect(root["N"]?.arrayValue?[1].numberValue?.text == "-2.5e3")
        #expect(root.members?.map(\.key) == ["StartAt", "States", "N"])
    }

    @Test func escapesDecodeAndDropContentStart() throws {
        let root = try #require(JSONReader.parse(#"["a\"b\u00e9\ud83d\ude00", "\udc00x"]"#, file: "e.json").root)
        let items = try #require(root.arrayValue)
        #expect(items[0].stringValue == "a\"bé😀")
        #expect(items[0].contentStart == nil)
        // A lone low surrogate U+DC00 stands in as U+10F800 + 0x400.
        #expect(items[1].stringValue == "\u{10FC00}x")
    }

    @Test func byteOrderMarkIsTolerated() throws {
        let root = try #require(JSONReader.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8), file: "b.json").root)
        #expect(root.position == pos(1, 1))
        #expect(root["a"]?.position == pos(1, 7))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "expected a string key, found '}'"),
        ("[1, 2,]", 1, 7, "expected a value, found ']'"),
        ("{\n  \"a\": 01\n}", 2, 9, "no leading zeros"),
        ("// c\n{}", 1, 1, "expected a value, found '/'"),
        ("{\"a\" 1}", 1, 6, "expected ':' after the key, found '1'"),
        ("[\"a\tb\"]", 1, 4, "control characters must be escaped"),
        ("[\"\\x\"]", 1, 4, "after '\\'"),
        ("[tru]", 1, 5, "expected 'true', found ']'"),
        ("{} x", 1, 4, "expected end of input after the top-level value, found 'x'"),
        ("[\"é\", ?]", 1, 7, "expected a value, found '?'"),
        ("{\"a\": [1 2]}", 1, 10, "expected ',' or ']', found '2'"),
    ])
    func syntaxErrors(text: String, line: Int, column: Int, message: String) throws {
        let result = JSONReader.parse(text, file: "bad.json")
        #expect(result.root == nil)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.ruleID == "json-syntax")
        #expect(diagnostic.position == pos(line, column))
        #expect(diagnostic.message.contains(message), "\(diagnostic.message)")
    }

    @Test func duplicateKeyKeepsFirstAndPointsAtBoth() throws {
        let result = JSONReader.parse("{\"S\": {\"a\": 1,\n \"a\": 2}, \"b\": 3}", file: "d.json")
        let root = try #require(result.root)
        #expect(root["S"]?["a"]?.numberValue?.text == "1")
        #expect(root["b"]?.numberValue?.text == "3")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.ruleID == "json-duplicate-key")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.position == pos(2, 2))
        #expect(diagnostic.pointer == "/S/a")
        #expect(diagnostic.notes.first?.position == pos(1, 8))
    }

    @Test func duplicateKeysInLargeObjects() throws {
        let members = (0..<100).map { "\"k\($0)\": \($0)" }.joined(separator: ",")
        let result = JSONReader.parse("{\(members), \"k42\": 0}", file: "big.json")
        #expect(result.diagnostics.map(\.ruleID) == ["json-duplicate-key"])
        #expect(result.root?["k42"]?.numberValue?.text == "42")
    }

    @Test func deepNestingIsRejectedWithoutRecursion() throws {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let result = JSONReader.parse(text, file: "deep.json")
        #expect(result.root == nil)
        #expect(result.diagnostics.map(\.ruleID) == ["json-too-deep"])
        #expect(result.diagnostics.first?.position == pos(1, 513))
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(JSONReader.parse(fine, file: "ok.json").root != nil)
    }

    /// Columns count Unicode scalars, not bytes, across runs longer than the eight bytes the
    /// scanner counts at a time; an ASCII text counts by offset.
    @Test func columnsCountScalarsInLongNonASCIIRuns() throws {
        let root = try #require(JSONReader.parse(#"["ééééééééé", "😀😀😀 x", "ab", 1]"#, file: "u.json").root)
        #expect(root.arrayValue?.map(\.position) == [pos(1, 2), pos(1, 15), pos(1, 24), pos(1, 30)])
        let ascii = try #require(JSONReader.parse("{\n  \"abcdefghijklmnop\": [1,\n  22]}", file: "a.json").root)
        #expect(ascii["abcdefghijklmnop"]?.arrayValue?.map(\.position) == [pos(2, 24), pos(3, 3)])
    }

    /// The eight-bytes-at-a-time count agrees with a byte-at-a-time count on every span.
    @Test func scalarCountMatchesAPlainCount() {
        let bytes = Array("aé😀 b\u{212A}ccccccccc€dd\u{10FFFF}e".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...bytes.count {
                for end in start...bytes.count {
                    let plain = bytes[start..<end].filter { $0 & 0xC0 != 0x80 }.count
                    #expect(JSONScanner.scalarCount(in: buffer, from: start, to: end) == plain)
                }
            }
            #expect(!JSONScanner.isASCII(buffer))
        }
        #expect(Array("plain ascii text, longer than eight".utf8).withUnsafeBufferPointer(JSONScanner.isASCII))
    }

    @Test func hugeNumbersKeepTheirText() throws {
        let digits = String(repeating: "9", count: 400)
        let root = try #require(JSONReader.parse("[1e999999, \(digits), -0.0]", file: "n.json").root)
        #expect(root.arrayValue?.map { $0.numberValue?.text } == ["1e999999", digits, "-0.0"])
    }

    @Test func emptyBinaryAndInvalidUTF8() {
        #expect(JSONReader.parse("  \n ", file: "e.json").diagnostics.map(\.ruleID) == ["input-empty"])
        #expect(JSONReader.parse([0x7B, 0x00, 0x01, 0xFF], file: "b.json").diagnostics.map(\.ruleID) == ["input-not-text"])
        let invalid = JSONReader.parse([0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D], file: "u.json")
        #expect(invalid.diagnostics.map(\.ruleID) == ["input-not-text"])
        #expect(invalid.diagnostics.first?.position == SourcePosition(line: 1, column: 3))
    }

    @Test func tenMegabyteDocument() throws {
        let item = #"{"Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:f", "Next": "B"}"#
        let count = 10_000_000 / item.utf8.count
        let text = "[" + Array(repeating: item, count: count).joined(separator: ",\n") + "]"
        let root = try #require(JSONReader.parse(text, file: "big.json").root)
        #expect(root.arrayValue?.count == count)
        #expect(root.arrayValue?.last?["Next"]?.position == SourcePosition(line: count, column: 90))
    }
}
