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

    @Test func badInputsNeverCrash() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var lol = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 { lol += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let item = #"{"Type": "Pass", "Next": "A"},"#
        let deep = Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
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
            ("lol.asl.yaml", Array(lol.utf8), ["yaml-alias-limit 5:5"]),
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
