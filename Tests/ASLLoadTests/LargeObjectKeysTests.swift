import ASLSource
import Testing

@testable import ASLLoad

/// Large objects (past 16 members their keys go into a dictionary on the reader's stack)
/// nested in each other and side by side: every repeat is told against the first of its own
/// object, never against a key of an object inside or beside it.
@Suite struct LargeObjectKeysTests {
    private static func members(_ prefix: String) -> String {
        (0..<20).map { "\"\(prefix)\($0)\":\($0)" }.joined(separator: ",")
    }

    /// `pointer line:column (first at line:column)` for each diagnostic.
    private static func described(_ result: ReadResult) -> [String] {
        result.diagnostics.map {
            "\($0.ruleID) \($0.pointer) \($0.position?.description ?? "-") first \($0.notes.first?.position?.description ?? "-")"
        }
    }

    @Test func jsonRepeatsInNestedAndSiblingLargeObjects() throws {
        let text = [
            "{\(Self.members("k")),",
            "\"in\":{\(Self.members("j")),",
            "\"deep\":{\(Self.members("d")),",
            "\"d4\":1},",
            "\"j3\":1},",
            "\"k7\":1,",
            "\"sib\":{\(Self.members("s")),",
            "\"s2\":1},",
            "\"k8\":1}",
        ].joined(separator: "\n")
        let result = JSONReader.parse(text, file: "big.json")
        // "k0":0, is 7 bytes, "k10":10, 9: key n starts at column 2 + 7n (n < 10).
        #expect(
            Self.described(result) == [
                "json-duplicate-key /in/deep/d4 4:1 first 3:37",
                "json-duplicate-key /in/j3 5:1 first 2:28",
                "json-duplicate-key /k7 6:1 first 1:51",
                "json-duplicate-key /sib/s2 8:1 first 7:22",
                "json-duplicate-key /k8 9:1 first 1:58",
            ])
        let root = try #require(result.root)
        #expect(root.members?.count == 22)
        #expect(root["in"]?.members?.count == 21)
        #expect(root["in"]?["deep"]?.members?.count == 20)
        #expect(root["k7"]?.numberValue?.text == "7")
        #expect(root["in"]?["deep"]?["d4"]?.numberValue?.text == "4")
    }

    @Test func yamlRepeatsInNestedLargeMappings() throws {
        func block(_ prefix: String, indent: String) -> String {
            (0..<20).map { "\(indent)\(prefix)\($0): \($0)\n" }.joined()
        }
        let text = block("k", indent: "") + "in:\n" + block("j", indent: "  ") + "  deep:\n" + block("d", indent: "    ")
            + "    d4: 1\n  j3: 1\nk7: 1\nsib:\n" + block("s", indent: "  ") + "  s2: 1\nk8: 1\n"
        let result = YAMLReader.parse(text, file: "big.yaml")
        // The YAML reader gives no pointer; positions tell the objects apart.
        #expect(
            Self.described(result) == [
                "yaml-duplicate-key  63:5 first 47:5",
                "yaml-duplicate-key  64:3 first 25:3",
                "yaml-duplicate-key  65:1 first 8:1",
                "yaml-duplicate-key  87:3 first 69:3",
                "yaml-duplicate-key  88:1 first 9:1",
            ])
        let root = try #require(result.root)
        #expect(root.members?.count == 22)
        #expect(root["in"]?["deep"]?.members?.count == 20)
        #expect(root["k7"]?.numberValue?.text == "7")
    }

    /// Random nested objects, small and large, with repeats at every level, against what the
    /// writer knows: each repeat reported once its value is read, at its key, against the
    /// first of its own object.
    @Test func randomNestedObjectsAgreeWithTheirWriter() throws {
        var state: UInt64 = 7  // a fixed linear congruential sequence: same documents every run
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var repeats = 0
        var largeObjects = 0
        for _ in 0..<20 {
            var text = ""
            var expected: [String] = []
            func object(path: String, depth: Int) {
                text += "{"
                var first: [String: Int] = [:]
                let count = next(3) == 0 ? next(40) : next(6)
                for index in 0..<count {
                    if index > 0 { text += "," }
                    let key = "k\(next(24))"
                    let column = text.utf8.count + 1
                    text += "\"\(key)\":"
                    if depth < 4, next(4) == 0 { object(path: path + "/" + key, depth: depth + 1) } else { text += "\(index)" }
                    if let earlier = first[key] {
                        expected.append("\(path)/\(key) 1:\(column) first 1:\(earlier)")
                    } else {
                        first[key] = column
                    }
                }
                text += "}"
                if count > 16 { largeObjects += 1 }
            }
            object(path: "", depth: 0)
            let result = JSONReader.parse(text, file: "r.json")
            let found = result.diagnostics.map {
                "\($0.pointer) \($0.position?.description ?? "-") first \($0.notes.first?.position?.description ?? "-")"
            }
            #expect(found == expected, "\(text)")
            #expect(result.root != nil)
            repeats += expected.count
        }
        #expect(repeats > 100 && largeObjects > 10, "\(repeats) repeats, \(largeObjects) large objects")
    }
}
