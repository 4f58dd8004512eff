import ASLAnalysis
import Foundation
import Testing

/// The streaming history reader: the fields coverage uses, the event limit, malformed input.
@Suite struct HistoryDecoderTests {
    @Test func keepsTheFieldsCoverageUses() throws {
        let text = #"""
            [{"events": [{"id": 1, "previousEventId": 0, "type": "ExecutionStarted", "executionStartedEventDetails": {"input": "{}"}},
              {"id": "2", "previousEventId": 1, "type": "MapIterationStarted", "mapIterationStartedEventDetails": {"name": "Each", "index": 3}}],
              "nextToken": null},
             {"events": [{"type": "PassStateExited", "id": 3, "previousEventId": 2,
               "stateExitedEventDetails": {"name": "Caf\u00e9 \ud83d\ude00", "output": "{\"Error\":\"States.Timeout\",\"Cause\":\"x\"}"}},
              {"id": 4, "previousEventId": 3, "type": "TaskFailed", "taskFailedEventDetails": {"error": "Boom", "output": {"Error": "Inner"}}}]}]
            """#
        let events = try ExecutionHistory.decodeEvents(bytes: Array(text.utf8), source: "h.json")
        #expect(events == [
            HistoryEvent(id: 1, previousEventID: 0, type: "ExecutionStarted"),
            HistoryEvent(id: 2, previousEventID: 1, type: "MapIterationStarted", name: "Each", iterationIndex: 3),
            HistoryEvent(id: 3, previousEventID: 2, type: "PassStateExited", name: "Café 😀", outputError: "States.Timeout"),
            HistoryEvent(id: 4, previousEventID: 3, type: "TaskFailed", error: "Boom", outputError: "Inner"),
        ])
    }

    @Test func stopsPastTheEventLimit() {
        let events = (1...4).map { #"{"id": \#($0), "previousEventId": 0, "type": "PassStateEntered"}"# }
        let text = #"{"events": [\#(events.joined(separator: ","))]}"#
        #expect(throws: HistoryError.unreadable(source: "h.json", reason: "more than 3 events, the most aslkit reads for one execution")) {
            try ExecutionHistory.decodeEvents(bytes: Array(text.utf8), source: "h.json", limit: 3)
        }
        #expect(ExecutionHistory.maximumEvents == 1_000_000)
    }

    /// Syntax errors anywhere, even in skipped values and 100,000 levels deep (no recursion).
    /// A document of the wrong shape is refused as such as soon as the shape is wrong.
    @Test func malformedJSONIsRefused() {
        for text in [#"{"events": [], }"#, #"{"events": []} x"#, #"{"x": [01], "events": []}"#, #"{"x": "\q", "events": []}"#,
            #"{"x": "# + String(repeating: "[", count: 100_000) + #", "events": []}"#,
        ]
        {
            #expect(throws: HistoryError.unreadable(source: "h.json", reason: "not valid JSON"), "\(text.prefix(20))") {
                try ExecutionHistory.decodeEvents(bytes: Array(text.utf8), source: "h.json")
            }
        }
        #expect(throws: HistoryError.unreadable(source: "h.json", reason: "an event has no id or type")) {
            try ExecutionHistory.decodeEvents(bytes: Array(#"{"events": [{"id": 1}]}"#.utf8), source: "h.json")
        }
        #expect(throws: HistoryError.unreadable(source: "h.json", reason: "not an execution history (no \"events\" array)")) {
            try ExecutionHistory.decodeEvents(bytes: Array("[[1]]".utf8), source: "h.json")
        }
    }

    /// The fast paths of the reader (keys compared as bytes, eight bytes at a time through
    /// strings, integers without text, skipping without a stack up to 64 levels) read what the
    /// general ones do: escaped keys, numbers past 18 digits or with a fraction, a quote or a
    /// backslash at every position of a long string, values nested past 64 levels.
    @Test func fastPathsReadWhatTheGeneralOnesDo() throws {
        let deep = String(repeating: #"{"a": ["#, count: 70) + "1" + String(repeating: "]}", count: 70)
        let text = #"""
            {"events": [
              {"\u0069d": 1234567890123456789, "previousEventId": -0, "typ\u0065": "ExecutionStarted", "x": \#(deep)},
              {"id": 1.5e1, "previousEventId": 12, "type": "TaskStateEntered", "stateEnteredEventDetails": {"n\u0061me": "A \"quoted\" state\\"}},
              {"id": 16, "previousEventId": 15, "type": "TaskStateEntered", "s": "0123456789\"abcdefgh\\\\ijklmn\u00e9", "stateEnteredEventDetails": {"name": "A \"quoted\" state\\"}}
            ]}
            """#
        let events = try ExecutionHistory.decodeEvents(bytes: Array(text.utf8), source: "h.json")
        #expect(events == [
            HistoryEvent(id: 1_234_567_890_123_456_789, previousEventID: 0, type: "ExecutionStarted"),
            HistoryEvent(id: 15, previousEventID: 12, type: "TaskStateEntered", name: #"A "quoted" state\"#),
            HistoryEvent(id: 16, previousEventID: 15, type: "TaskStateEntered", name: #"A "quoted" state\"#),
        ])
    }

    /// Invalid UTF-8, control characters and bad numbers are found on the fast paths too: in a
    /// key, in a long skipped string, in an id.
    @Test func fastPathsStillRefuseMalformedBytes() {
        let documents: [[UInt8]] = [
            Array(#"{"events": [], "ke"#.utf8) + [0xC3, 0x28] + Array(#"y": 1}"#.utf8),
            Array(#"{"events": [], "x": "0123456789abcdef"#.utf8) + [0xFF] + Array(#"0123456789"}"#.utf8),
            Array(#"{"events": [], "x": "0123456789abcdef"#.utf8) + [0x0A] + Array(#"0123456789"}"#.utf8),
            Array(#"{"events": [{"id": 012, "previousEventId": 0, "type": "ExecutionStarted"}]}"#.utf8),
            Array(#"{"events": [{"id": 1, "previousEventId": 0, "type": "ExecutionStarted", "x": "# .utf8)
                + Array((String(repeating: #"{"a": ["#, count: 70) + "1" + String(repeating: "]}", count: 69) + "]]}]}").utf8),
        ]
        for bytes in documents {
            #expect(throws: HistoryError.unreadable(source: "h.json", reason: "not valid JSON"), "\(bytes.count) bytes") {
                try ExecutionHistory.decodeEvents(bytes: bytes, source: "h.json")
            }
        }
    }
}
