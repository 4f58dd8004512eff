import ASLAnalysis
import Testing

/// The shortcuts in `ErrorNames` must answer as the sets they stand in front of.
@Suite struct ErrorNamesTests {
    static let names = Array(ErrorNames.predefined) + [
        "States.Http.StatusCode.429", "States.http.Socket", "States.", "States.Runtime ", "MyError", "", "States.TaskFailed\u{301}",
    ]

    @Test func nonRetriableShortcutMatchesTheSet() {
        for name in Self.names { #expect(ErrorNames.isNonRetriable(name) == ErrorNames.nonRetriable.contains(name), "\(name)") }
    }

    @Test func predefinedNames() {
        for name in ErrorNames.predefined { #expect(ErrorNames.isPredefined(name), "\(name)") }
        #expect(ErrorNames.isPredefined("States.Http.StatusCode.429"))
        for name in ["States.http.Socket", "States.", "MyError", "", "States.TaskFailed\u{301}", "States.All"] {
            #expect(!ErrorNames.isPredefined(name), "\(name)")
        }
    }
}
