import ASLSource
import Testing

@testable import ASLLoad

/// The compact document (issue #12): what it costs per node, and that views into it behave
/// like nodes made by code.
@Suite struct DocumentArenaTests {
    @Test func recordsStayCompact() {
        #expect(MemoryLayout<NodeRecord>.stride == 16)
        #expect(MemoryLayout<StoredMember>.stride == 12)
        #expect(MemoryLayout<LocatedNode>.size <= 16)
    }

    /// 10,000 small objects: every node read is a view into one arena, which holds exactly
    /// one record per node and member, one interned key, and the objects' spacing.
    @Test func aJSONDocumentIsOneArena() throws {
        let text = "[" + (0..<10_000).map { #"{"k":"\#($0)"}"# }.joined(separator: ",") + "]"
        let root = try #require(JSONReader.parse(text, file: "a.json").root)
        guard let arena = arena(of: root) else {
            Issue.record("the root is not a view into an arena")
            return
        }
        #expect(arena.nodes.count == 20_001)
        #expect(arena.members.count == 10_000)
        // Same-shaped objects: the first node and the spacing, not 10,000 indices.
        #expect(arena.elements.count == 2)
        #expect(arena.keys == ["k"])
        for element in try #require(root.arrayValue) {
            guard let other = self.arena(of: element), other === arena,
                let inner = self.arena(of: try #require(element["k"])), inner === arena
            else {
                Issue.record("a node outside the document's arena")
                return
            }
        }
    }

    /// `[0,0,…]` is the densest JSON (two bytes a node): its numbers live in their records and
    /// its elements are a run of nodes, so it costs one 16-byte record per element.
    @Test func arraysOfScalarsCostOneRecordPerElement() throws {
        let text = "[" + Array(repeating: "0", count: 1_000).joined(separator: ",") + "]"
        let root = try #require(JSONReader.parse(text, file: "a.json").root)
        let arena = try #require(self.arena(of: root))
        #expect(arena.nodes.count == 1_001)
        #expect(arena.elements.isEmpty)
        #expect(arena.scalars.isEmpty)
        let elements = try #require(root.arrayValue)
        #expect(elements.count == 1_000)
        #expect(elements.allSatisfy { $0.numberValue?.text == "0" })
        #expect(elements[999].position == SourcePosition(line: 1, column: 2_000))
    }

    /// Literals of up to seven bytes are kept in the record, longer ones in `scalars`; both read
    /// back with their text as written. Arrays with a container among their elements keep
    /// element indices; arrays of scalars after a container are runs again.
    @Test func numberTextsAndArrayFormsReadBackExactly() throws {
        let numbers = ["0", "-1", "1234567", "12345678", "-0.5e-10", "1E+300", "3.14159265358979", "-0"]
        let text = #"{"n": ["# + numbers.joined(separator: ", ") + #"], "mixed": [1, {"a": [2, 3]}, [], 4], "tail": [5, 6]}"#
        let root = try #require(JSONReader.parse(text, file: "a.json").root)
        let arena = try #require(self.arena(of: root))
        #expect(root["n"]?.arrayValue?.map { $0.numberValue?.text } == numbers)
        #expect(arena.scalars.sorted() == ["-0.5e-10", "12345678", "3.14159265358979"])
        let mixed = try #require(root["mixed"]?.arrayValue)
        #expect(mixed.count == 4)
        #expect(mixed[0].numberValue?.text == "1")
        #expect(mixed[1]["a"]?.arrayValue?.map { $0.numberValue?.intValue } == [2, 3])
        #expect(mixed[2].arrayValue?.isEmpty == true)
        #expect(mixed[3].numberValue?.text == "4")
        let four = try #require(text.range(of: ", 4]")).lowerBound
        #expect(mixed[3].position == SourcePosition(line: 1, column: text.distance(from: text.startIndex, to: four) + 3))
        #expect(arena.elements.count == 4)
        #expect(root["tail"]?.arrayValue?.map { $0.numberValue?.intValue } == [5, 6])
    }

    /// Strings of one to seven UTF-8 bytes are kept in the record like short numbers (most
    /// names, types and paths of a dense machine), longer and empty ones in `scalars`; all read
    /// back as parsed, escapes, NUL and non-ASCII included, through every accessor.
    @Test func shortStringsLiveInTheirRecords() throws {
        let texts = ["", "a", "Task", "Route 0", "Route 12", "é", "ééé", "éééé", "\u{0}", "a\u{0}b", "$.items", "arn:aws:states:::sqs:sendMessage"]
        let encoded = texts.map { text in
            "\"" + text.unicodeScalars.map { $0 == "\u{0}" ? "\\u0000" : String($0) }.joined() + "\""
        }
        let root = try #require(JSONReader.parse("[" + encoded.joined(separator: ",") + "]", file: "a.json").root)
        let arena = try #require(self.arena(of: root))
        #expect(root.arrayValue?.map(\.stringValue) == texts)
        #expect(root.arrayValue?.map { node -> String? in if case .string(let s) = node.value { return s } else { return nil } } == texts)
        #expect(arena.scalars.sorted() == ["", "Route 12", "arn:aws:states:::sqs:sendMessage", "éééé"])
        let yaml = try #require(YAMLReader.parse("- Task\n- Route 12\n- ''\n", file: "a.yaml").root)
        #expect(yaml.arrayValue?.map(\.stringValue) == ["Task", "Route 12", ""])
    }

    /// A key's position is kept against its value's: a few columns before it on its line, or
    /// up to 126 lines before it at a column below 2^24; anything else (a key after its value,
    /// as a YAML alias can make, or far away) in the arena's table. Every case reads back.
    @Test func keyPositionsReadBackFromTwelveByteMembers() {
        let cases: [(key: PackedPosition, value: PackedPosition, far: Bool)] = [
            (PackedPosition(line: 1, column: 2), PackedPosition(line: 1, column: 7), false),
            (PackedPosition(line: 1, column: 2), PackedPosition(line: 1, column: 2), false),
            (PackedPosition(line: 3, column: 5), PackedPosition(line: 4, column: 7), false),
            (PackedPosition(line: 3, column: 16_777_215), PackedPosition(line: 129, column: 1), false),
            (PackedPosition(line: 1, column: 1), PackedPosition(line: 1, column: 134_217_727), false),
            (PackedPosition(line: 3, column: 16_777_216), PackedPosition(line: 4, column: 1), true),
            (PackedPosition(line: 3, column: 5), PackedPosition(line: 130, column: 1), true),
            (PackedPosition(line: 9, column: 5), PackedPosition(line: 2, column: 1), true),
            (PackedPosition(line: 2, column: 9), PackedPosition(line: 2, column: 3), true),
            (.none, PackedPosition(line: 5, column: 3), false),
        ]
        var far: [UInt32: PackedPosition] = [:]
        for (index, item) in cases.enumerated() {
            let member = StoredMember(key: 0, value: 0, keyPosition: item.key, valuePosition: item.value, index: UInt32(index), far: &far)
            #expect((member.keyPlace == StoredMember.far) == item.far, "case \(index)")
            let read = StoredMember.keyPosition(place: member.keyPlace, value: item.value) ?? far[UInt32(index)]
            #expect(read == item.key, "case \(index)")
        }
        #expect(far.count == cases.filter(\.far).count)
    }

    /// Through the readers: keys on their value's line, lines before it, and past the table's
    /// reach, in JSON and YAML, at the positions the parser found them.
    @Test func parsedKeyPositionsSurviveTheCompactMembers() throws {
        let json = "{\"a\": 1, \"b\":\n\n 2,\n  \"c\":" + String(repeating: "\n", count: 200) + "3}"
        let root = try #require(JSONReader.parse(json, file: "a.json").root)
        let members = try #require(root.members)
        #expect(members.map(\.keyPosition) == [
            SourcePosition(line: 1, column: 2), SourcePosition(line: 1, column: 10), SourcePosition(line: 4, column: 3),
        ])
        #expect(try #require(self.arena(of: root)).farKeyPositions.count == 1)
        let yaml = try #require(YAMLReader.parse("top:\n  inner: 1\nnext:\n\n\n  - x\n", file: "a.yaml").root)
        #expect(yaml.members?.map(\.keyPosition) == [SourcePosition(line: 1, column: 1), SourcePosition(line: 3, column: 1)])
        #expect(yaml["top"]?.members?.map(\.keyPosition) == [SourcePosition(line: 2, column: 3)])
    }

    /// Same-shaped elements are evenly spaced nodes: two entries of `elements` (first node and
    /// spacing) instead of one per element; a change of shape falls back to the list.
    @Test func evenlySpacedElementsAreStoredAsFirstAndSpacing() throws {
        func parsed(_ text: String) throws -> (LocatedNode, DocumentArena) {
            let root = try #require(JSONReader.parse(text, file: "a.json").root)
            return (root, try #require(self.arena(of: root)))
        }
        let (pairs, pairsArena) = try parsed("[" + (0..<500).map { "[\($0)]" }.joined(separator: ",") + "]")
        #expect(pairsArena.elements.count == 2)
        #expect(pairs.arrayValue?.map { $0.arrayValue?.first?.numberValue?.intValue } == (0..<500).map { $0 })
        let (objects, objectsArena) = try parsed(#"[{"a":1},{"a":2},{"a":3,"b":4},{"a":5}]"#)
        #expect(objectsArena.elements.count == 4)
        #expect(objects.arrayValue?.map { $0["a"]?.numberValue?.intValue } == [1, 2, 3, 5])
        let (two, twoArena) = try parsed("[[1],[2]]")
        #expect(twoArena.elements.count == 2)
        #expect(two.arrayValue?.map { $0.arrayValue?.count } == [1, 1])
        let (nested, nestedArena) = try parsed(#"[[[1],[2],[3]],[[4],[5],[6]],[[7],[8],[9]]]"#)
        #expect(nestedArena.elements.count == 2 * 4)
        #expect(nested.arrayValue?.flatMap { $0.arrayValue?.compactMap { $0.arrayValue?.first?.numberValue?.intValue } ?? [] } == Array(1...9))
    }

    /// Kind, content-start form and column share a word: each reads back as stored, and a
    /// column past 27 bits saturates instead of changing the kind.
    @Test func packedRecordFieldsReadBackAsStored() {
        let kinds: [NodeKind] = [.null, .bool, .number, .string, .array, .object]
        let forms: [ContentStartForm] = [.none, .afterFirstCharacter, .atPosition, .explicit]
        for kind in kinds {
            for form in forms {
                for column: Int32 in [0, 1, 134_217_727, 134_217_728, .max] {
                    var record = NodeRecord(first: 7, count: 9, position: PackedPosition(line: 3, column: column), kind: kind, contentStart: form)
                    #expect(record.kind == kind && record.contentStart == form)
                    #expect(record.position == PackedPosition(line: 3, column: min(column, 134_217_727)))
                    record.position = PackedPosition(line: 5, column: 11)
                    record.contentStart = .explicit
                    #expect(record.kind == kind && record.position == PackedPosition(line: 5, column: 11) && record.contentStart == .explicit)
                    #expect(record.first == 7 && record.count == 9)
                }
            }
        }
    }

    /// JSON compares keys by their characters as written: `"\u212A"` (Kelvin sign) and `"K"`
    /// are two keys, not a duplicate, and each is found only by its own spelling.
    @Test func keysCompareByteForByte() throws {
        let result = JSONReader.parse(#"{"K": 1, "\u212A": 2}"#, file: "k.json")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(root.members?.map(\.key) == ["K", "\u{212A}"])
        #expect(root["K"]?.numberValue?.text == "1")
        #expect(root["\u{212A}"]?.numberValue?.text == "2")
    }

    /// A node read from text equals (and hashes as) the same node made by code, positions
    /// and string starts included.
    @Test func viewsEqualNodesMadeByCode() throws {
        let read = try #require(JSONReader.parse(#"{"a": ["x", 1, true, null]}"#, file: "a.json").root)
        let made = LocatedNode(
            .object([
                LocatedNode.Member(
                    key: "a", keyPosition: SourcePosition(line: 1, column: 2),
                    value: LocatedNode(
                        .array([
                            LocatedNode(
                                .string("x"), at: SourcePosition(line: 1, column: 8),
                                contentStart: SourcePosition(line: 1, column: 9)),
                            LocatedNode(.number(NumberLiteral(1)), at: SourcePosition(line: 1, column: 13)),
                            LocatedNode(.bool(true), at: SourcePosition(line: 1, column: 16)),
                            LocatedNode(.null, at: SourcePosition(line: 1, column: 22)),
                        ]), at: SourcePosition(line: 1, column: 7)))
            ]), at: SourcePosition(line: 1, column: 1))
        #expect(read == made)
        #expect(read.hashValue == made.hashValue)
        var moved = made
        moved.position = SourcePosition(line: 2, column: 1)
        #expect(read != moved)
    }

    /// Every accessor answers the same for a view into an arena as for the node made by code
    /// (they read arena records directly, boxes through their values).
    @Test func accessorsAgreeForViewsAndNodesMadeByCode() throws {
        let text = #"{"s": "x", "n": -1.5, "i": 2, "t": true, "f": false, "z": null, "a": [1, "y", {}], "o": {"k": []}}"#
        let read = try #require(JSONReader.parse(text, file: "a.json").root)
        let made = Self.madeByCode(read)
        #expect(arena(of: made) == nil)
        var pairs = [(read, made)]
        var compared = 0
        while let (view, box) = pairs.popLast() {
            compared += 1
            #expect(view == box)
            #expect(view.stringValue == box.stringValue)
            #expect(view.boolValue == box.boolValue)
            #expect(view.numberValue == box.numberValue)
            #expect(view.isNull == box.isNull)
            #expect(view.kindName == box.kindName)
            #expect(view.position == box.position)
            #expect(view.contentStart == box.contentStart)
            #expect(view.arrayValue?.count == box.arrayValue?.count)
            #expect(view.members.map { $0.map(\.key) } == box.members.map { $0.map(\.key) })
            for key in ["s", "k", "missing"] {
                #expect(view[key] == box[key])
                #expect(view.member(key) == box.member(key))
            }
            if let members = view.members, let boxed = box.members {
                for index in members.indices {
                    #expect(members.key(at: index) == boxed.key(at: index))
                    #expect(members.keyPosition(at: index) == boxed.keyPosition(at: index))
                    pairs.append((members.value(at: index), boxed.value(at: index)))
                }
            }
            if let elements = view.arrayValue, let boxed = box.arrayValue {
                pairs += zip(elements, boxed).map { ($0, $1) }
            }
        }
        #expect(compared == 13)
    }

    /// The same tree with every node, array and object in storage of its own.
    static func madeByCode(_ node: LocatedNode) -> LocatedNode {
        let value: LocatedNode.Value
        switch node.value {
        case .array(let items): value = .array(LocatedNode.Elements(items.map(madeByCode)))
        case .object(let members):
            value = .object(LocatedNode.Members(members.map {
                LocatedNode.Member(key: $0.key, keyPosition: $0.keyPosition, value: madeByCode($0.value))
            }))
        case let other: value = other
        }
        return LocatedNode(value, at: node.position, contentStart: node.contentStart, tag: node.tag)
    }

    /// The arena `node` is a view into; `nil` for a node made by code.
    func arena(of node: LocatedNode) -> DocumentArena? {
        node.index == NodeStorage.boxed ? nil : node.storage as? DocumentArena
    }

    /// Mapping positions maps the arena once, however many views into it a tree made by code
    /// holds, and keeps string starts in step with their strings.
    @Test func mappingPositionsOfViewsInsideATreeMadeByCode() throws {
        let read = try #require(JSONReader.parse(#"["ab", "c"]"#, file: "a.json").root)
        let items = try #require(read.arrayValue)
        let wrapper = LocatedNode(.array(LocatedNode.Elements(Array(items) + Array(items))), at: SourcePosition(line: 1, column: 1))
        let shifted = wrapper.mapPositions { SourcePosition(line: $0.line + 4, column: $0.column + 10) }
        let mapped = try #require(shifted.arrayValue)
        #expect(mapped.map(\.position.description) == ["5:12", "5:18", "5:12", "5:18"])
        #expect(mapped.map { $0.contentStart?.description } == ["5:13", "5:19", "5:13", "5:19"])
        guard let first = arena(of: mapped[0]), let third = arena(of: mapped[2]) else {
            Issue.record("mapped views are no longer views")
            return
        }
        #expect(first === third)
    }

    /// A mapping that is not a shift writes string starts down instead of deriving them.
    @Test func mappingThatIsNotAShiftKeepsStringStarts() throws {
        let read = try #require(JSONReader.parse(#"["ab"]"#, file: "a.json").root)
        let mapped = read.mapPositions { SourcePosition(line: $0.line, column: $0.column == 3 ? 40 : $0.column) }
        let item = try #require(mapped.arrayValue?.first)
        #expect(item.position.description == "1:2")
        #expect(item.contentStart?.description == "1:40")
    }
}

@Suite struct StructuralBytesTests {
    /// Every length around the 16-byte blocks and past a block's 255-round flush, against a
    /// plain count.
    @Test func countsMatchAPlainCount() {
        let alphabet = Array("[,:{}\"a \n".utf8)
        var state: UInt64 = 12_345  // a fixed linear congruential sequence: same bytes every run
        for length in Array(0...40) + [16 * 255 - 1, 16 * 255, 16 * 255 + 17, 10_000] {
            let bytes = (0..<length).map { _ -> UInt8 in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return alphabet[Int(state >> 33) % alphabet.count]
            }
            let expected = bytes.filter { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ":") }.count
            #expect(bytes.withUnsafeBufferPointer { StructuralBytes.count(in: $0) } == expected, "length \(length)")
        }
        let allHits = Array(repeating: UInt8(ascii: ","), count: 16 * 300)
        #expect(allHits.withUnsafeBufferPointer { StructuralBytes.count(in: $0) } == 16 * 300)
    }
}

@Suite struct ResolvedTemplateStorageTests {
    /// Resolving a template's intrinsic functions rebuilds only the paths to what changed; the
    /// rest of the definition stays views into the document read.
    @Test func unchangedSubtreesStayViews() throws {
        let read = try #require(
            JSONReader.parse(#"{"A": {"Resource": {"Ref": "Fn"}, "Result": [{"k": "v"}]}, "B": ["x"]}"#, file: "t.json").root)
        let resolved = IntrinsicResolver(substitutions: [:]).resolve(read)
        #expect(resolved["A"]?["Resource"]?.stringValue == "arn:aws:placeholder:::${Fn}")
        #expect(try #require(resolved["A"]?["Result"]).isSameStorage(as: try #require(read["A"]?["Result"])))
        #expect(try #require(resolved["B"]).isSameStorage(as: try #require(read["B"])))
        #expect(!(try #require(resolved["A"]).isSameStorage(as: try #require(read["A"]))))
        let untouched = try #require(JSONReader.parse(#"{"B": ["x", {"y": 1}]}"#, file: "u.json").root)
        #expect(IntrinsicResolver(substitutions: [:]).resolve(untouched).isSameStorage(as: untouched))
    }
}
