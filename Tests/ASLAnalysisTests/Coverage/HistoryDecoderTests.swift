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
}
