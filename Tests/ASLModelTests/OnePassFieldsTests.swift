@testable import ASLModel
import ASLLoad
import Testing

/// The one-pass field finders of the Map and Wait builders find what `node[key]` finds: the
/// first of duplicate keys, nothing for a key that only shares a length.
@Suite struct OnePassFieldsTests {
    static func members(_ text: String) throws -> LocatedNode.Members {
        try #require(JSONReader.parse(text, file: "t.json").root?.members)
    }

    @Test func mapFieldsFindEachFieldByItsOffset() throws {
        let members = try Self.members(#"""
            {"Type": "Map", "Label": "L", "Items": [1], "Iterator": {}, "ItemProcessor": {}, "ItemReader": {},
             "ItemBatcher": {}, "MaxConcurrency": 2, "MaxConcurrencyPath": "$.n", "Itemz": 0, "MaxConcurrencyPatj": 1}
            """#)
        let fields = MapFields(members)
        #expect(fields.label == 1)
        #expect(fields.items == 2)
        #expect(fields.iterator == 3)
        #expect(fields.itemProcessor == 4)
        #expect(fields.itemReader == 5)
        #expect(fields.itemBatcher == 6)
        #expect(fields.maxConcurrency == 7)
        #expect(fields.maxConcurrencyPath == 8)
    }

    @Test func waitFieldsFindEachFieldAndNothingElse() throws {
        let members = try Self.members(#"{"Next": "X", "TimestampPath": "$.t", "SecondsPath": "$.s", "Timestamp": "t", "Seconds": 3, "Secondz": 1}"#)
        let fields = WaitFields(members)
        #expect(fields.timestampPath == 1)
        #expect(fields.secondsPath == 2)
        #expect(fields.timestamp == 3)
        #expect(fields.seconds == 4)
        #expect(WaitFields(try Self.members(#"{"Type": "Wait"}"#)) == WaitFields(try Self.members("{}")))
    }

    @Test func theMapAndWaitBuildersReadTheFieldsFound() throws {
        let root = try #require(JSONReader.parse(#"""
            {"StartAt": "M", "States": {
              "M": {"Type": "Map", "Label": "L", "Items": [1, 2, 3], "MaxConcurrencyPath": "$.n", "Next": "W",
                    "ItemBatcher": {"MaxInputBytesPerBatch": 10},
                    "Iterator": {"StartAt": "X", "States": {"X": {"Type": "Pass", "End": true}}},
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                                      "StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}},
              "W": {"Type": "Wait", "Seconds": "x", "SecondsPath": "$.s", "Next": "T"},
              "T": {"Type": "Wait", "Timestamp": 5, "TimestampPath": "$.t", "End": true}}}
            """#, file: "t.json").root)
        let machine = StateMachineBuilder.build(root)
        let map = try #require(machine.root.states[0].map)
        #expect(map.processor?.pointer == "/States/M/ItemProcessor")
        #expect(map.processor?.states.map(\.name) == ["I"])
        #expect(map.mode == .distributed)
        #expect(map.executionType == .express)
        #expect(map.knownItemCount == 3)
        #expect(map.label == "L")
        #expect(map.usesItemReader == false)
        #expect(map.batching == .bytesOnly)
        if case .path("$.n", _) = map.maxConcurrency {} else { Issue.record("maxConcurrency \(String(describing: map.maxConcurrency))") }
        // A string `Seconds` is a JSONata expression as far as the model goes; a number
        // `Timestamp` is no timestamp, so `TimestampPath` is read.
        if case .wait(.seconds(.jsonata("x", _))) = machine.root.states[1].detail {} else { Issue.record("W \(machine.root.states[1].detail)") }
        if case .wait(.timestampPath("$.t", _)) = machine.root.states[2].detail {} else { Issue.record("T \(machine.root.states[2].detail)") }
    }
}
