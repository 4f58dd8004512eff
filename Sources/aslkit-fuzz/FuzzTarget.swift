/// One fuzz target: bytes in, a one-line summary of what the code under test made of them out.
/// A broken property (a crash-free run that still produced something wrong, such as DOT that
/// Graphviz cannot read) stops the process through `FuzzFailure.fail`, which libFuzzer reports
/// as a crash and the replay runner as a failed input.
struct FuzzTarget: Sendable {
    let name: String
    let summary: String
    let run: @Sendable ([UInt8]) -> String
}

extension FuzzTarget {
    static let all: [FuzzTarget] = [
        JSONReaderTarget.target, YAMLReaderTarget.target, TemplateTarget.target, ValidateTarget.target,
        ExpressionTarget.target, HistoryTarget.target, DiagramTarget.target,
    ]

    static func named(_ name: String) -> FuzzTarget? {
        all.first { $0.name == name }
    }
}

enum FuzzFailure {
    /// Stops the process with a message: a trap, which libFuzzer turns into a crash report and
    /// a saved input.
    static func fail(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> Never {
        fatalError("fuzz property broken: \(message)", file: file, line: line)
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) {
        if !condition { fail(message(), file: file, line: line) }
    }
}
