import ASLAnalysis
import ASLSource

/// `path:line:col: error: [rule-id] message`, with notes on lines of their own, then a
/// one-line summary. Colour (ANSI) only when the caller says the output is a terminal.
public struct TextDiagnosticFormatter: Sendable {
    public var colored: Bool

    public init(colored: Bool = false) { self.colored = colored }

    public func format(_ run: ValidationRun) -> String {
        lines(run.diagnostics[...]) + summary(run) + "\n"
    }

    /// Each finding's line and its notes' lines.
    public func lines(_ diagnostics: ArraySlice<Diagnostic>) -> String {
        var out = ""
        for diagnostic in diagnostics {
            out += line(diagnostic) + "\n"
            for note in diagnostic.notes {
                out += location(diagnostic.file, note.position) + ": " + paint("note", .note) + ": " + Self.oneLine(note.message) + "\n"
            }
        }
        return out
    }

    public func line(_ d: Diagnostic) -> String {
        location(d.file, d.position) + ": " + paint(d.severity.rawValue, d.severity) + ": [\(d.ruleID)] " + Self.oneLine(d.message)
    }

    /// Keeps one finding on one line and a hostile state name from sending terminal escapes.
    static func oneLine(_ s: String) -> String { TerminalText.line(s) }

    public func summary(_ run: ValidationRun) -> String {
        let machines = run.machines.count
        let counts = "\(plural(run.count(.error), "error")), \(plural(run.count(.warning), "warning")), \(plural(run.count(.note), "note"))"
        return "\(plural(machines, "state machine")) in \(plural(run.filesScanned, "file")) checked: \(counts)."
    }

    private func location(_ file: String, _ position: SourcePosition?) -> String {
        guard let position else { return file }
        return "\(file):\(position.line):\(position.column)"
    }

    private func paint(_ text: String, _ severity: Severity) -> String {
        guard colored else { return text }
        let code = switch severity {
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[1;33m"
        case .note: "\u{1B}[1;36m"
        }
        return code + text + "\u{1B}[0m"
    }
}

func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
