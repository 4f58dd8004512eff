import ASLLoad
import ASLSource
import Testing

@Suite struct YAMLReaderTests {
    private func pos(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column) }

    @Test func positionsAreOneBasedScalarColumns() throws {
        let text = """
            StartAt: Größe
            States:
              Größe:
                Type: 'Pass'
                End: true
                Result: [1, 2.5, "x", ~, 0x1F, yes]
            """
        let result = YAMLReader.parse(text, file: "m.yaml")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(root.position == pos(1, 1))
        #expect(root["StartAt"]?.position == pos(1, 10))
        #expect(root["StartAt"]?.contentStart == pos(1, 10))
        let state = try #require(root["States"]?["Größe"])
        #expect(root["States"]?.member("Größe")?.keyPosition == pos(3, 3))
        #expect(state["Type"]?.position == pos(4, 11))
        #expect(state["Type"]?.contentStart == pos(4, 12))
        #expect(state["End"]?.boolValue == true)
        let result5 = try #require(state["Result"]?.arrayValue)
        #expect(result5.map(\.kindName) == ["an integer", "a number", "a string", "null", "an integer", "a string"])
        #expect(result5[4].numberValue?.text == "31")
        #expect(result5[1].position == pos(6, 17))
        #expect(result5[2].position == pos(6, 22))
        #expect(result5[2].contentStart == pos(6, 23))
    }

    @Test func cloudFormationShortFormsBecomeLongForms() throws {
        let text = """
            A: !Sub "arn:${AWS::Partition}:x"
            B: !GetAtt Fn.Arn
            C: !Ref Bucket
            D: !Join ["", [a, !Ref B]]
            E: !If [Cond, 1, 2]
            """
        let root = try #require(YAMLReader.parse(text, file: "t.yaml").root)
        let sub = try #require(root["A"])
        #expect(sub.tag == "!Sub")
        #expect(sub["Fn::Sub"]?.stringValue == "arn:${AWS::Partition}:x")
        #expect(sub["Fn::Sub"]?.contentStart == pos(1, 10))
        #expect(root["B"]?["Fn::GetAtt"]?.arrayValue?.map(\.stringValue) == ["Fn", "Arn"])
        #expect(root["B"]?["Fn::GetAtt"]?.arrayValue?[1].contentStart == pos(2, 15))
        #expect(root["C"]?["Ref"]?.stringValue == "Bucket")
        #expect(root["D"]?["Fn::Join"]?.arrayValue?[1].arrayValue?[1]["Ref"]?.stringValue == "B")
        #expect(root["E"]?["Fn::If"]?.arrayValue?.count == 3)
    }

    @Test func duplicateKeysAreReportedAndFirstKept() throws {
        let text = "a: 1\nb:\n  c: 2\n  c: 3\na: 4\n"
        let result = YAMLReader.parse(text, file: "d.yaml")
        let root = try #require(result.root)
        #expect(root["a"]?.numberValue?.text == "1")
        #expect(root["b"]?["c"]?.numberValue?.text == "2")
        #expect(root.members?.map(\.key) == ["a", "b"])
        #expect(result.diagnostics.map(\.ruleID) == ["yaml-duplicate-key", "yaml-duplicate-key"])
        #expect(result.diagnostics.map(\.position) == [pos(4, 3), pos(5, 1)])
        #expect(result.diagnostics.map { $0.notes.first?.position } == [pos(3, 3), pos(1, 1)])
    }

    @Test func syntaxErrorHasLibYAMLPosition() throws {
        let result = YAMLReader.parse("a: [1, 2\nb: 3\n", file: "s.yaml")
        #expect(result.root == nil)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.ruleID == "yaml-syntax")
        #expect(diagnostic.position == pos(2, 2))
    }

    @Test func billionLaughsStopsQuickly() throws {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let start = ContinuousClock.now
        let result = YAMLReader.parse(text, file: "lol.yaml")
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(result.root == nil)
        #expect(result.diagnostics.map(\.ruleID) == ["yaml-alias-limit"])
        #expect(result.diagnostics.first?.position?.line == 6)
    }

    @Test func deepNestingIsBounded() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let result = YAMLReader.parse(deep, file: "deep.yaml")
        #expect(result.root == nil)
        #expect(result.diagnostics.map(\.ruleID) == ["yaml-too-deep"])
        #expect(result.diagnostics.first?.position == pos(1, 513))
        let quoted = "a: '[[[['\nb: " + String(repeating: "{x: ", count: 2_000) + "1" + String(repeating: "}", count: 2_000)
        // The root mapping is level 1, `b`'s value the first `{` at level 2: the 512th `{` is
        // the first node at level 513.
        #expect(YAMLReader.parse(quoted, file: "q.yaml").diagnostics.first?.position == pos(2, 4 + 511 * 4))
    }

    @Test func byteOrderMarkIsNotAColumn() {
        #expect(YAMLReader.parse("\u{FEFF}a: 1", file: "bom.yaml").root?["a"]?.position == pos(1, 4))
    }

    @Test func emptyBinaryAndInvalidUTF8() {
        #expect(YAMLReader.parse("# only a comment\n", file: "e.yaml").diagnostics.map(\.ruleID) == ["input-empty"])
        #expect(YAMLReader.parse([0x61, 0x3A, 0x00, 0xFF], file: "b.yaml").diagnostics.map(\.ruleID) == ["input-not-text"])
        #expect(YAMLReader.parse([0x61, 0x3A, 0x20, 0xC3, 0x28], file: "u.yaml").diagnostics.map(\.ruleID) == ["input-not-text"])
    }

    @Test func hugeNumbersKeepTheirText() throws {
        let digits = String(repeating: "7", count: 400)
        let root = try #require(YAMLReader.parse("- 1e999999\n- \(digits)\n- '5'\n", file: "n.yaml").root)
        #expect(root.arrayValue?.map(\.kindName) == ["a number", "a number", "a string"])
        #expect(root.arrayValue?.prefix(2).map { $0.numberValue?.text } == ["1e999999", digits])
    }

    /// Large documents stay linear (a one-line flow document included). Kept to a few MB for
    /// debug builds; the 10 MB case is `LoaderTests.badInputsNeverCrash`.
    @Test func largeDocuments() throws {
        let block = (0..<60_000).map { "  S\($0):\n    Type: Pass\n    Next: S\($0 + 1)\n" }.joined()
        let text = "StartAt: S0\nStates:\n" + block
        #expect(text.utf8.count > 2_400_000)
        let root = try #require(YAMLReader.parse(text, file: "big.yaml").root)
        #expect(root["States"]?.members?.count == 60_000)
        #expect(root["States"]?["S59999"]?["Next"]?.position == pos(180_002, 11))
        let flow = "[" + Array(repeating: "{a: 1, b: [x, 'y']}", count: 50_000).joined(separator: ", ") + "]"
        let items = try #require(YAMLReader.parse(flow, file: "flow.yaml").root?.arrayValue)
        #expect(items.count == 50_000)
        #expect(items[1].position == pos(1, 23))
    }
}
