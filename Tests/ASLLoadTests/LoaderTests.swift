import ASLLoad
import ASLSource
import Testing

@Suite struct LoaderTests {
    private func pos(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column) }
    private let machine = #"{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}"#

    @Test func discoveryWalksSortedAndSkipsNoise() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("b/second.asl.json", machine)
        try directory.write("a/first.json", machine)
        try directory.write("a/package.json", #"{"name": "not a machine"}"#)
        try directory.write("node_modules/x/m.asl.json", machine)
        try directory.write(".git/m.asl.json", machine)
        try directory.write(".build-linux/m.asl.json", machine)
        try directory.write("cdk.out/asset.1234/m.asl.json", machine)
        try directory.write("c/readme.md", "StartAt")
        let result = Loader.load(paths: [directory.path])
        #expect(result.diagnostics.isEmpty)
        #expect(result.machines.map { FilePathName.last($0.origin.file) } == ["first.json", "second.asl.json"])
        #expect(result.machines.map(\.origin.kind) == [.asl, .asl])
        #expect(result.filesScanned == 3)
    }

    @Test func explicitFileWithoutMachineWarns() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("package.json", #"{"name": "x"}"#)
        let result = Loader.load(paths: [path, directory.path + "/missing.json"])
        #expect(result.machines.isEmpty)
        #expect(result.diagnostics.map(\.ruleID) == ["no-state-machine", "input-unreadable"])
        #expect(result.diagnostics.map(\.severity) == [.warning, .error])
    }

    @Test func aslNamedFileIsLoadedEvenIfNotMachineLike() throws {
        let result = Loader.load(SourceText(path: "odd.asl.json", text: #"{"Comment": "no states"}"#))
        #expect(result.machines.count == 1)
        #expect(result.machines.first?.origin.kind == .asl)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func definitionStringWithSubMapAndInlineJSON() throws {
        let text = """
            Resources:
              M:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  DefinitionString: !Sub
                    - '{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "${Fn}", "End": true}}}'
                    - Fn: arn:aws:lambda:us-east-1:123456789012:function:f
            """
        let result = Loader.load(SourceText(path: "t.yaml", text: text))
        #expect(result.diagnostics.isEmpty)
        let definition = try #require(result.machines.first?.definition)
        #expect(result.machines.first?.substitutions == [:])
        #expect(definition["StartAt"]?.position == pos(6, 24))
        let resource = try #require(definition["States"]?["A"]?["Resource"])
        #expect(resource.stringValue == "arn:aws:lambda:us-east-1:123456789012:function:f")
        #expect(resource.position == pos(6, 74))
    }

    @Test func invalidDefinitionStringIsLocatedInTheTemplate() throws {
        let text = """
            Resources:
              M:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  DefinitionString: |
                    {
                      "StartAt": "A",
                      "States": {"A": {"Type": "Pass", "End": true},}
                    }
            """
        let result = Loader.load(SourceText(path: "t.yaml", text: text))
        #expect(result.machines.isEmpty)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.ruleID == "template-definition-invalid")
        #expect(diagnostic.position == pos(8, 57))
        #expect(diagnostic.pointer == "/Resources/M/Properties/DefinitionString")
    }

    @Test func duplicateKeyInsideDefinitionStringIsMapped() throws {
        let text = """
            {"Resources": {"M": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {
              "DefinitionString": "{\\"StartAt\\": \\"A\\", \\"StartAt\\": \\"B\\", \\"States\\": {}}"}}}}
            """
        let result = Loader.load(SourceText(path: "t.json", text: text))
        #expect(result.machines.count == 1)
        // Escaped JSON inside a JSON string: positions collapse onto the string.
        #expect(result.diagnostics.map(\.ruleID) == ["json-duplicate-key"])
        #expect(result.diagnostics.first?.position == pos(2, 23))
        #expect(result.machines.first?.definition["StartAt"]?.position == pos(2, 23))
    }

    @Test func samDefinitionURIIsReadRelativeToTheTemplate() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("sfn/order.asl.json", "{\n  \"StartAt\": \"${Start}\",\n  \"States\": {}\n}")
        let template = try directory.write("template.yaml", """
            Resources:
              Good:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: sfn/order.asl.json
                  DefinitionSubstitutions: {Start: Begin}
                  Type: EXPRESS
              Missing:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: ./sfn/none.asl.json
              Remote:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  DefinitionS3Location: {Bucket: b, Key: k}
            """)
        let result = Loader.load(paths: [template])
        let machine = try #require(result.machines.first)
        #expect(result.machines.count == 1)
        #expect(machine.origin.file == directory.path + "/sfn/order.asl.json")
        #expect(machine.origin.resource == "Good")
        #expect(machine.machineType == .express)
        #expect(machine.definition["StartAt"]?.stringValue == "Begin")
        #expect(machine.definition["StartAt"]?.position == pos(2, 14))
        #expect(result.diagnostics.map(\.ruleID) == ["template-definition-uri-missing", "template-definition-uri-missing"])
        #expect(result.diagnostics.map(\.position) == [pos(11, 22), pos(15, 29)])
        #expect(result.diagnostics.map(\.severity) == [.error, .warning])
    }

    /// Two different lone surrogate escapes are two different names, as they are for AWS.
    @Test func loneSurrogatesStayDistinct() throws {
        let text = #"{"StartAt": "A\ud800", "States": {"A\ud800": {"Type": "Pass", "Next": "A\udbff"}, "A\udbff": {"Type": "Succeed"}}}"#
        let result = Loader.load(SourceText(path: "s.asl.json", text: text))
        #expect(result.diagnostics.isEmpty)
        let states = try #require(result.machines.first?.definition["States"]?.members)
        #expect(states.map { $0.key.unicodeScalars.map(\.value) } == [[0x41, 0x10F800], [0x41, 0x10FBFF]])
    }

    @Test func badInputsNeverCrash() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var lol = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 { lol += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let item = #"{"Type": "Pass", "Next": "A"},"#
        let deep = Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        // Block nesting: `Result:` is at level 3, the k-th `k:` at level 3 + k, so the node
        // at level 513 is the 510th `k:`, on line 6 + 510 at column 5 + 2 * 510. The event
        // reader stops there whether the text goes on to 600 or 1,000 levels.
        func blockNesting(_ levels: Int) -> [UInt8] {
            let keys = (0..<levels).map { String(repeating: " ", count: 6 + 2 * $0) + "k:" }
            return Array((["StartAt: A", "States:", "  A:", "    Type: Pass", "    End: true", "    Result:"] + keys + [String(repeating: " ", count: 6 + 2 * levels) + "v: 1"]).joined(separator: "\n").utf8)
        }
        let definition = #"{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}"#
        let utf16LE = definition.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let utf16BE: [UInt8] = [0xFE, 0xFF] + "StartAt: A\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        // (file, content, expected "rule line:column" or "rule -" when the whole file is at fault)
        let cases: [(String, [UInt8], [String])] = [
            ("empty.asl.json", [], ["input-empty -"]),
            ("empty.asl.yaml", [], ["input-empty -"]),
            ("binary.asl.json", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A], ["input-not-text -"]),
            ("binary.asl.yaml", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A], ["input-not-text -"]),
            ("latin1.asl.json", Array("{\"StartAt\": \"caf".utf8) + [0xE9, 0x22, 0x7D], ["input-not-text 1:17"]),
            ("latin1.asl.yaml", Array("StartAt: caf".utf8) + [0xE9], ["input-not-text -"]),
            ("deep.asl.json", deep, ["json-too-deep 1:513"]),
            ("deep.asl.yaml", deep, ["yaml-too-deep 1:513"]),
            ("lol.asl.yaml", Array(lol.utf8), ["yaml-alias-limit 5:45"]),  // the eighth `*a3`, which crosses the budget
            ("block-deep.asl.yaml", blockNesting(1_000), ["yaml-too-deep 516:1025"]),
            ("block-deep-600.asl.yaml", blockNesting(600), ["yaml-too-deep 516:1025"]),
            ("complex-key.asl.yaml", Array("StartAt: A\nStates:\n  ? [a, b]\n  : {Type: Pass, End: true}\n".utf8), ["yaml-key-not-scalar 3:5"]),
            ("utf16le.asl.json", utf16LE, ["input-not-text -"]),
            ("utf16be.asl.yaml", utf16BE, ["input-not-text -"]),
            ("numbers.asl.json", Array("{\"StartAt\": 1e999999, \"States\": \(String(repeating: "9", count: 400))}".utf8), []),
            ("big.asl.json", Array(("{\"States\": [" + String(repeating: item, count: 330_000) + "1], \"StartAt\": \"A\"}").utf8), []),
        ]
        var byName: [String: LoadResult] = [:]
        for (name, bytes, expected) in cases {
            let path = try directory.write(name, bytes)
            let result = Loader.load(paths: [path])
            #expect(result.diagnostics.map { "\($0.ruleID) \($0.position.map(\.description) ?? "-")" } == expected, "\(name)")
            #expect(result.machines.count == (expected.isEmpty ? 1 : 0), "\(name)")
            byName[name] = result
        }
        #expect(byName["utf16le.asl.json"]?.diagnostics.first?.message == "the file is UTF-16 (little-endian) text; Step Functions definitions must be UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)")
        #expect(byName["utf16be.asl.yaml"]?.diagnostics.first?.message.hasPrefix("the file is UTF-16 (big-endian) text") == true)
        #expect(byName["complex-key.asl.yaml"]?.diagnostics.first?.message == "a mapping key must be a string, not a sequence (YAML complex keys have no JSON equivalent)")
        // All at once, the files are read on several threads (with smaller stacks than the
        // main one): the same findings, in the order of the sorted names.
        let together = Loader.load(paths: [directory.path])
        #expect(together.diagnostics == byName.keys.sorted().flatMap { byName[$0]!.diagnostics })
        #expect(together.machines.count == 2)
    }
}

@Suite struct JoinedDefinitionTests {
    @Test func joinPiecesWithoutEscapesMapExactly() throws {
        let text = """
            Resources:
              M:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  DefinitionString:
                    Fn::Join:
                      - ""
                      - - '{"StartAt": "A",'
                        - ' "States": {"A": {"Type": "Task", "Resource": "'
                        - !GetAtt Fn.Arn
                        - '", "End": true}}}'
            """
        let result = Loader.load(SourceText(path: "t.yaml", text: text))
        #expect(result.diagnostics.isEmpty)
        let definition = try #require(result.machines.first?.definition)
        #expect(definition.position == SourcePosition(line: 8, column: 16))
        #expect(definition["StartAt"]?.position == SourcePosition(line: 8, column: 28))
        let task = try #require(definition["States"]?["A"])
        #expect(task.position == SourcePosition(line: 9, column: 33))
        #expect(task["Resource"]?.stringValue == "${Fn.Arn}")
        // The string starts in one piece and ends in another: it maps to where it starts.
        #expect(task["Resource"]?.position == SourcePosition(line: 9, column: 62))
        #expect(task.member("End")?.keyPosition == SourcePosition(line: 11, column: 19))
    }
}
